import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

/** Many requests at once on the same levels, through HTTP and the real PostgreSQL: nothing lost, nothing oversold, no deadlock. */
describe('concurrent stock changes', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let staff: GivenStaff;
  let north: LocationBody;
  let south: LocationBody;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    stock = stockFor(app, given);
    staff = await given.staff('fulfilment');
    const catalog = await given.staff('catalog');
    north = await stock.location(catalog.accessToken);
    south = await stock.location(catalog.accessToken);
  });
  afterAll(() => app.close());

  it('loses no update when 50 adjustments of one level run at once', async () => {
    const { variantIds } = await given.product();
    const variantId = variantIds[0];
    await stock.receive(staff.accessToken, variantId, north.id, 100);
    const deltas = Array.from({ length: 50 }, (_, i) => (i % 5 < 3 ? 1 : -1)); // 30 × +1, 20 × −1
    const answers = await Promise.all(
      deltas.map((quantity) => stock.adjust(staff.accessToken, { variantId, locationId: north.id, quantity, reason: 'correction' })),
    );
    expect(answers.map((a) => a.status)).toEqual(deltas.map(() => 201));
    expect(await stock.level(variantId, north.id)).toEqual({ onHand: 110, reserved: 0 });
    // Every request wrote its own ledger row.
    expect(new Set(answers.map((a) => a.body.movement.id)).size).toBe(50);
    expect(await stock.drift()).toEqual([]);
  });

  it('lets exactly 10 of 20 racing transfers take the 10 units there are, and answers 409 to the rest', async () => {
    const { variantIds } = await given.product({ variants: [{ sku: 'RACE-1' }] });
    const variantId = variantIds[0];
    await stock.receive(staff.accessToken, variantId, north.id, 10);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        stock.transfer(staff.accessToken, { variantId, fromLocationId: north.id, toLocationId: south.id, quantity: 1 }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([...Array(10).fill(201), ...Array(10).fill(409)]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'insufficient_stock')).toBe(true);
    expect(await stock.level(variantId, north.id)).toEqual({ onHand: 0, reserved: 0 });
    expect(await stock.level(variantId, south.id)).toEqual({ onHand: 10, reserved: 0 });
    expect(await stock.drift()).toEqual([]);
  });

  it('never oversells when write-offs race for the last units', async () => {
    const { variantIds } = await given.product();
    const variantId = variantIds[0];
    await stock.receive(staff.accessToken, variantId, north.id, 7);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        stock.adjust(staff.accessToken, { variantId, locationId: north.id, quantity: -1, reason: 'shrinkage' }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(7);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(5);
    expect(await stock.level(variantId, north.id)).toEqual({ onHand: 0, reserved: 0 });
  });

  it('does not deadlock when transfers run both ways between two locations at once', async () => {
    const { variantIds } = await given.product();
    const variantId = variantIds[0];
    await stock.receive(staff.accessToken, variantId, north.id, 30);
    await stock.receive(staff.accessToken, variantId, south.id, 30);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        stock.transfer(staff.accessToken, {
          variantId,
          fromLocationId: i % 2 ? north.id : south.id,
          toLocationId: i % 2 ? south.id : north.id,
          quantity: 1 + (i % 3),
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const northLevel = await stock.level(variantId, north.id);
    const southLevel = await stock.level(variantId, south.id);
    expect(northLevel!.onHand + southLevel!.onHand).toBe(60);
    expect(await stock.drift()).toEqual([]);
  });

  it('creates a level once when the first changes to it arrive together', async () => {
    const { variantIds } = await given.product();
    const variantId = variantIds[0];
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        stock.adjust(staff.accessToken, { variantId, locationId: south.id, quantity: 2, reason: 'received' }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    expect(await stock.level(variantId, south.id)).toEqual({ onHand: 20, reserved: 0 });
  });

  it('applies a cycle count under the lock: concurrent counts and changes still add up', async () => {
    const { variantIds } = await given.product();
    const variantId = variantIds[0];
    await stock.receive(staff.accessToken, variantId, north.id, 10);
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () =>
        stock.adjust(staff.accessToken, { variantId, locationId: north.id, quantity: 1, reason: 'correction' }),
      ),
      stock.adjust(staff.accessToken, { variantId, locationId: north.id, countedQuantity: 50, reason: 'cycle_count' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const count = answers[10].body;
    // The count set on hand to 50 at its moment; the +1s that came after it count on top of that.
    const after = answers.slice(0, 10).filter((a) => BigInt(a.body.movement.id) > BigInt(count.movement.id)).length;
    expect(count.level.onHand).toBe(50);
    expect(await stock.level(variantId, north.id)).toEqual({ onHand: 50 + after, reserved: 0 });
    expect(await stock.drift()).toEqual([]);
  });
});
