import { MovementInput, StockLedger } from '../../src/inventory/stock-ledger.service';
import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

const system = { type: 'system' as const, id: null };

/** The ledger as checkout, orders and returns will call it: inside their own transaction, for sold/reserved/released/returned. */
describe('the stock ledger', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let ledger: StockLedger;
  let north: LocationBody;
  let south: LocationBody;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    stock = stockFor(app, given);
    ledger = app.app.get(StockLedger);
    const catalog = await given.staff('catalog');
    north = await stock.location(catalog.accessToken, { name: 'North' });
    south = await stock.location(catalog.accessToken, { name: 'South' });
  });
  afterAll(() => app.close());

  const apply = (movements: MovementInput[]) => app.db.transaction((tx) => ledger.apply(tx, movements));
  const thrown = async (work: Promise<unknown>) =>
    work.then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string },
    );

  it('reserves, sells and releases, and answers the movements and the levels after them', async () => {
    const { variantIds } = await given.product({ variants: [{ sku: 'LEDGER-1' }] });
    const variantId = variantIds[0];
    await apply([{ variantId, locationId: north.id, kind: 'received', onHandDelta: 10, reservedDelta: 0, actor: system }]);
    const order = { type: 'order', id: 'order-1' };
    const reserved = await apply([
      { variantId, locationId: north.id, kind: 'reserved', onHandDelta: 0, reservedDelta: 4, reference: order, actor: system },
    ]);
    expect(reserved.levels).toEqual([
      expect.objectContaining({ variantId, locationId: north.id, sku: 'LEDGER-1', onHand: 10, reserved: 4, available: 6 }),
    ]);
    expect(reserved.movements).toEqual([
      expect.objectContaining({
        kind: 'reserved',
        reservedDelta: 4,
        reference: order,
        actor: system,
        sku: 'LEDGER-1',
        locationName: 'North',
      }),
    ]);
    const sold = await apply([
      { variantId, locationId: north.id, kind: 'sold', onHandDelta: -3, reservedDelta: -3, reference: order, actor: system },
      { variantId, locationId: north.id, kind: 'released', onHandDelta: 0, reservedDelta: -1, reference: order, actor: system },
    ]);
    expect(sold.movements.map((m) => m.kind)).toEqual(['sold', 'released']);
    expect(BigInt(sold.movements[1].id)).toBeGreaterThan(BigInt(sold.movements[0].id));
    expect(sold.levels).toEqual([expect.objectContaining({ onHand: 7, reserved: 0, available: 7 })]);
    expect(await stock.drift()).toEqual([]);
  });

  it('refuses to reserve more than is available, naming the SKU and what is there', async () => {
    const { variantIds } = await given.product({ variants: [{ sku: 'LEDGER-2' }] });
    await apply([{ variantId: variantIds[0], locationId: north.id, kind: 'received', onHandDelta: 2, reservedDelta: 0, actor: system }]);
    const error = await thrown(
      apply([{ variantId: variantIds[0], locationId: north.id, kind: 'reserved', onHandDelta: 0, reservedDelta: 3, actor: system }]),
    );
    expect(error?.code).toBe('insufficient_stock');
    expect(error?.message).toBe('Only 2 of LEDGER-2 at North available; 3 needed.');
  });

  it('refuses a whole batch when one of its levels falls short, and writes none of it', async () => {
    const { variantIds } = await given.product({ variants: [{}, {}] });
    await apply([{ variantId: variantIds[0], locationId: north.id, kind: 'received', onHandDelta: 5, reservedDelta: 0, actor: system }]);
    const before = await stock.movementCount();
    const error = await thrown(
      apply([
        { variantId: variantIds[0], locationId: north.id, kind: 'reserved', onHandDelta: 0, reservedDelta: 5, actor: system },
        { variantId: variantIds[1], locationId: north.id, kind: 'reserved', onHandDelta: 0, reservedDelta: 1, actor: system },
      ]),
    );
    expect(error?.code).toBe('insufficient_stock');
    expect(await stock.movementCount()).toBe(before);
    expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('takes reservations beyond stock for a variant that allows backorders', async () => {
    const { variantIds } = await given.product({ variants: [{ allowBackorder: true }] });
    const result = await apply([
      { variantId: variantIds[0], locationId: south.id, kind: 'reserved', onHandDelta: 0, reservedDelta: 2, actor: system },
    ]);
    expect(result.levels[0]).toMatchObject({ onHand: 0, reserved: 2, available: -2 });
  });

  it('never releases more than is reserved', async () => {
    const { variantIds } = await given.product({ variants: [{ trackInventory: false }] });
    const error = await thrown(
      apply([{ variantId: variantIds[0], locationId: north.id, kind: 'released', onHandDelta: 0, reservedDelta: -1, actor: system }]),
    );
    expect(error?.code).toBe('reservation_exceeded');
  });

  it('refuses a movement whose deltas contradict its kind, as the bug it is', async () => {
    const { variantIds } = await given.product();
    const error = await thrown(
      apply([{ variantId: variantIds[0], locationId: north.id, kind: 'sold', onHandDelta: 2, reservedDelta: 0, actor: system }]),
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toContain('sold movement needs a negative');
  });

  it('answers NotFound for ids that are not variants or locations, even malformed ones', async () => {
    const { variantIds } = await given.product();
    const badVariant = await thrown(
      apply([{ variantId: 'nope', locationId: north.id, kind: 'received', onHandDelta: 1, reservedDelta: 0, actor: system }]),
    );
    expect(badVariant?.code).toBe('not_found');
    const badLocation = await thrown(
      apply([
        {
          variantId: variantIds[0],
          locationId: '3c9e1b4a-8d2f-4e6a-b1c3-5d7e9f0a2b4c',
          kind: 'received',
          onHandDelta: 1,
          reservedDelta: 0,
          actor: system,
        },
      ]),
    );
    expect(badLocation?.message).toContain('stock location');
  });

  it('keeps the ledger append-only: updates and deletes fail in the database itself', async () => {
    const { variantIds } = await given.product();
    const [movement] = (
      await apply([{ variantId: variantIds[0], locationId: north.id, kind: 'received', onHandDelta: 1, reservedDelta: 0, actor: system }])
    ).movements;
    const update = await thrown(app.db.manager.query(`UPDATE stock_movements SET on_hand_delta = 100 WHERE id = $1`, [movement.id]));
    expect(update?.message).toContain('append-only');
    const remove = await thrown(app.db.manager.query(`DELETE FROM stock_movements WHERE id = $1`, [movement.id]));
    expect(remove?.message).toContain('append-only');
    const [row] = await app.db.manager.query(`SELECT on_hand_delta FROM stock_movements WHERE id = $1`, [movement.id]);
    expect(row.on_hand_delta).toBe(1);
  });
});
