import { randomUUID } from 'node:crypto';
import { OutOfStock } from '../../src/inventory/ledger/stock-errors';
import { ReservationHolder, StockReservations } from '../../src/inventory/reservations/stock-reservations.service';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { Stock, stockFor } from './stock-fixtures';

describe('stock reservations', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let stock: Stock;
  let reservations: StockReservations;
  const cart = (): ReservationHolder => ({ type: 'cart', id: randomUUID() });
  const inAnHour = () => new Date(Date.now() + 3_600_000);

  beforeAll(async () => {
    app = await startTestApp({ env: { DATABASE_POOL_SIZE: '10' } });
    given = givenFor(app);
    staff = await given.staff('owner');
    stock = stockFor(app, given);
    reservations = app.app.get(StockReservations);
  });
  afterAll(() => app.close());

  it('holds stock, gives it back, and sells it, with every step in the ledger', async () => {
    const location = await stock.location(staff.accessToken);
    const { variantIds } = await given.product({ variants: [{}] });
    await stock.receive(staff.accessToken, variantIds[0], location.id, 10);
    const holder = cart();
    await app.db.transaction((tx) => reservations.reserve(tx, holder, [{ variantId: variantIds[0], quantity: 4 }], inAnHour()));
    expect(await stock.level(variantIds[0], location.id)).toEqual({ onHand: 10, reserved: 4 });
    // Reserving again replaces the hold; what the holder held counts as theirs.
    await app.db.transaction((tx) => reservations.reserve(tx, holder, [{ variantId: variantIds[0], quantity: 10 }], inAnHour()));
    expect(await stock.level(variantIds[0], location.id)).toEqual({ onHand: 10, reserved: 10 });
    expect(await app.db.transaction((tx) => reservations.release(tx, holder))).toBe(10);
    expect(await stock.level(variantIds[0], location.id)).toEqual({ onHand: 10, reserved: 0 });

    await app.db.transaction((tx) => reservations.reserve(tx, holder, [{ variantId: variantIds[0], quantity: 3 }], inAnHour()));
    const order = { type: 'order', id: randomUUID() };
    await app.db.transaction((tx) => reservations.sell(tx, holder, order));
    expect(await stock.level(variantIds[0], location.id)).toEqual({ onHand: 7, reserved: 0 });
    const kinds = await app.db.manager.query(
      `SELECT kind, on_hand_delta, reserved_delta FROM stock_movements WHERE variant_id = $1 ORDER BY id`,
      [variantIds[0]],
    );
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'received',
      'reserved',
      'released',
      'reserved',
      'released',
      'reserved',
      'sold',
    ]);
    expect(await app.db.manager.query(`SELECT 1 FROM stock_reservations WHERE holder_id = $1`, [holder.id])).toEqual([]);
    expect(await stock.drift()).toEqual([]);
  });

  it('refuses a shortfall as a whole, naming what is short, and holds nothing', async () => {
    const location = await stock.location(staff.accessToken);
    const { variantIds } = await given.product({ variants: [{}, {}] });
    await stock.receive(staff.accessToken, variantIds[0], location.id, 5);
    await stock.receive(staff.accessToken, variantIds[1], location.id, 1);
    const attempt = app.db.transaction((tx) =>
      reservations.reserve(
        tx,
        cart(),
        [
          { variantId: variantIds[0], quantity: 2 },
          { variantId: variantIds[1], quantity: 2 },
        ],
        inAnHour(),
      ),
    );
    await expect(attempt).rejects.toBeInstanceOf(OutOfStock);
    await expect(attempt).rejects.toMatchObject({ shortages: [{ variantId: variantIds[1], requested: 2, available: 1 }] });
    expect(await stock.level(variantIds[0], location.id)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('splits across locations, and books backorders and leaves untracked variants alone', async () => {
    const [north, south] = [await stock.location(staff.accessToken), await stock.location(staff.accessToken)];
    const { variantIds } = await given.product({ variants: [{}, { allowBackorder: true }, { trackInventory: false }] });
    await stock.receive(staff.accessToken, variantIds[0], north.id, 2);
    await stock.receive(staff.accessToken, variantIds[0], south.id, 3);
    await stock.receive(staff.accessToken, variantIds[1], north.id, 1);
    await app.db.transaction((tx) =>
      reservations.reserve(
        tx,
        cart(),
        [
          { variantId: variantIds[0], quantity: 4 },
          { variantId: variantIds[1], quantity: 3 },
          { variantId: variantIds[2], quantity: 50 },
        ],
        inAnHour(),
      ),
    );
    expect(await stock.level(variantIds[0], south.id)).toEqual({ onHand: 3, reserved: 3 });
    expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 2, reserved: 1 });
    expect(await stock.level(variantIds[1], north.id)).toEqual({ onHand: 1, reserved: 3 });
    expect(await app.db.manager.query(`SELECT 1 FROM stock_levels WHERE variant_id = $1`, [variantIds[2]])).toEqual([]);
  });

  it('lets 200 shoppers race for 20 units: exactly 20 holds, 180 clear refusals, the ledger balanced', async () => {
    const location = await stock.location(staff.accessToken);
    const { variantIds } = await given.product({ variants: [{}] });
    await stock.receive(staff.accessToken, variantIds[0], location.id, 20);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        app.db.transaction((tx) => reservations.reserve(tx, cart(), [{ variantId: variantIds[0], quantity: 1 }], inAnHour())),
      ),
    );
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(outcomes.length - refused.length).toBe(20);
    expect(refused.every((o) => (o as PromiseRejectedResult).reason instanceof OutOfStock)).toBe(true);
    expect(await stock.level(variantIds[0], location.id)).toEqual({ onHand: 20, reserved: 20 });
    expect(await stock.drift()).toEqual([]);
  });
});
