import { InventoryAvailability, inStockCondition } from '../../src/inventory/inventory-availability.service';
import { StockLedger } from '../../src/inventory/stock-ledger.service';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { recordQueries } from '../support/query-recorder';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

/** The contract the catalog and shipping domains read stock through. */
describe('availability for shoppers', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let staff: GivenStaff;
  let availability: InventoryAvailability;
  let north: LocationBody;
  let south: LocationBody;
  let closed: LocationBody;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    stock = stockFor(app, given);
    staff = await given.staff('catalog');
    availability = app.app.get(InventoryAvailability);
    north = await stock.location(staff.accessToken);
    south = await stock.location(staff.accessToken);
    closed = await stock.location(staff.accessToken);
    await given.http.patch(`/admin/inventory/locations/${closed.id}`, { token: staff.accessToken, body: { active: false } });
  });
  afterAll(() => app.close());

  const reserve = (variantId: string, locationId: string, quantity: number) =>
    app.db.transaction((tx) =>
      app.app
        .get(StockLedger)
        .apply(tx, [
          { variantId, locationId, kind: 'reserved', onHandDelta: 0, reservedDelta: quantity, actor: { type: 'system', id: null } },
        ]),
    );

  it('sums what active locations can sell, lists only those with stock, and tells the shopper the status', async () => {
    const { variantIds } = await given.product({ variants: [{ lowStockThreshold: 5 }, { lowStockThreshold: 5 }] });
    const [plenty, few] = variantIds;
    await stock.receive(staff.accessToken, plenty, north.id, 8);
    await stock.receive(staff.accessToken, plenty, south.id, 4);
    await stock.receive(staff.accessToken, plenty, closed.id, 50);
    await reserve(plenty, south.id, 4);
    await stock.receive(staff.accessToken, few, north.id, 3);
    const stockOf = await availability.forVariants(variantIds);
    expect(stockOf.get(plenty)).toEqual({
      availability: { status: 'in_stock', available: null, expectedAt: null },
      available: 8,
      availableByLocation: { [north.id]: 8 },
    });
    expect(stockOf.get(few)).toEqual({
      availability: { status: 'low_stock', available: 3, expectedAt: null },
      available: 3,
      availableByLocation: { [north.id]: 3 },
    });
  });

  it('does not let one location that is short cancel out another that has stock', async () => {
    const { variantIds } = await given.product({ variants: [{ allowBackorder: true, lowStockThreshold: 0 }] });
    await stock.adjust(staff.accessToken, { variantId: variantIds[0], locationId: north.id, quantity: -5, reason: 'correction' });
    await stock.receive(staff.accessToken, variantIds[0], south.id, 2);
    const variant = (await availability.forVariants(variantIds)).get(variantIds[0]);
    expect(variant).toEqual({
      availability: { status: 'in_stock', available: null, expectedAt: null },
      available: 2,
      availableByLocation: { [south.id]: 2 },
    });
  });

  it('offers backorders with the expected date, says out of stock otherwise, and in stock when not tracked', async () => {
    const { variantIds } = await given.product({
      variants: [{ allowBackorder: true }, { allowBackorder: true }, {}, { trackInventory: false }],
    });
    const [dated, undated, out, untracked] = variantIds;
    await app.db.manager.query(`UPDATE product_variants SET backorder_expected_at = '2027-03-15' WHERE id = $1`, [dated]);
    await stock.receive(staff.accessToken, out, north.id, 1);
    await reserve(out, north.id, 1);
    const stockOf = await availability.forVariants(variantIds);
    expect(stockOf.get(dated)?.availability).toEqual({ status: 'backorder', available: null, expectedAt: '2027-03-15' });
    expect(stockOf.get(undated)?.availability).toEqual({ status: 'backorder', available: null, expectedAt: null });
    expect(stockOf.get(out)).toEqual({
      availability: { status: 'out_of_stock', available: null, expectedAt: null },
      available: 0,
      availableByLocation: {},
    });
    expect(stockOf.get(untracked)?.availability.status).toBe('in_stock');
  });

  it('answers any number of variants with one query, leaving out unknown and malformed ids', async () => {
    const products = await Promise.all(Array.from({ length: 10 }, () => given.product({ variants: [{}, {}, {}] })));
    const ids = products.flatMap((p) => p.variantIds);
    const queries = recordQueries(app.db);
    const stockQueries = () => queries.count('stock_levels');
    try {
      const stockOf = await availability.forVariants([...ids, ids[0].toUpperCase(), '0b7d5a3c-1e9f-4c2b-8a6d-4f0e2c8b6a1d', 'not-an-id']);
      expect(stockQueries()).toBe(1);
      expect(stockOf.size).toBe(30);
      expect([...stockOf.values()].every((s) => s.availability.status === 'out_of_stock')).toBe(true);
      queries.clear();
      expect((await availability.forVariants([])).size).toBe(0);
      expect(stockQueries()).toBe(0);
    } finally {
      queries.restore();
    }
  });

  it('gives the catalog an SQL condition for "a shopper can buy this product now"', async () => {
    const stocked = await given.product({ variants: [{}, {}] });
    await stock.receive(staff.accessToken, stocked.variantIds[1], south.id, 1);
    const empty = await given.product();
    const onlyClosed = await given.product();
    await stock.receive(staff.accessToken, onlyClosed.variantIds[0], closed.id, 9);
    const allReserved = await given.product();
    await stock.receive(staff.accessToken, allReserved.variantIds[0], north.id, 2);
    await reserve(allReserved.variantIds[0], north.id, 2);
    const backorders = await given.product({ variants: [{ allowBackorder: true }] });
    const untracked = await given.product({ variants: [{ trackInventory: false }] });
    const ids = [stocked, empty, onlyClosed, allReserved, backorders, untracked].map((p) => p.id);
    const rows: { id: string }[] = await app.db.manager.query(
      `SELECT p.id FROM products p WHERE p.id = ANY($1::uuid[]) AND ${inStockCondition('p.id')}`,
      [ids],
    );
    expect(rows.map((r) => r.id).sort()).toEqual([stocked.id, backorders.id, untracked.id].sort());
  });
});
