import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

describe('stock adjustments', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let staff: GivenStaff;
  let warehouse: LocationBody;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    stock = stockFor(app, given);
    staff = await given.staff('fulfilment');
    warehouse = await stock.location((await given.staff('catalog')).accessToken);
  });
  afterAll(() => app.close());

  it('receives stock, recording who did it, why and what the level became', async () => {
    const product = await given.product({ variants: [{ sku: 'TEE-BLK-M', lowStockThreshold: 5 }] });
    const [variantId] = product.variantIds;
    const answer = await stock.adjust(staff.accessToken, {
      variantId,
      locationId: warehouse.id,
      quantity: 10,
      reason: 'received',
      note: ' PO 42 ',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.movement).toMatchObject({
      variantId,
      sku: 'TEE-BLK-M',
      locationId: warehouse.id,
      locationName: warehouse.name,
      kind: 'received',
      reason: 'received',
      onHandDelta: 10,
      reservedDelta: 0,
      reference: { type: 'adjustment', id: expect.any(String) },
      note: 'PO 42',
      actor: { type: 'staff', id: staff.id },
    });
    expect(answer.body.level).toMatchObject({
      variantId,
      sku: 'TEE-BLK-M',
      productId: product.id,
      locationId: warehouse.id,
      onHand: 10,
      reserved: 0,
      available: 10,
      lowStockThreshold: 5,
      low: false,
    });
    expect(await stock.level(variantId, warehouse.id)).toEqual({ onHand: 10, reserved: 0 });
  });

  it('writes stock off with a negative change, recorded as adjusted with the reason, and flags the level low', async () => {
    const { variantIds } = await given.product({ variants: [{ lowStockThreshold: 3 }] });
    await stock.receive(staff.accessToken, variantIds[0], warehouse.id, 10);
    const answer = await stock.adjust(staff.accessToken, {
      variantId: variantIds[0],
      locationId: warehouse.id,
      quantity: -7,
      reason: 'damaged',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.movement).toMatchObject({ kind: 'adjusted', reason: 'damaged', onHandDelta: -7, note: null });
    expect(answer.body.level).toMatchObject({ onHand: 3, available: 3, low: true });
  });

  it('records a return as its own kind', async () => {
    const { variantIds } = await given.product();
    const answer = await stock.adjust(staff.accessToken, {
      variantId: variantIds[0],
      locationId: warehouse.id,
      quantity: 2,
      reason: 'returned',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.movement).toMatchObject({ kind: 'returned', reason: 'returned', onHandDelta: 2 });
  });

  it('sets on hand from a cycle count and records the difference, even when there is none', async () => {
    const { variantIds } = await given.product();
    const variantId = variantIds[0];
    await stock.receive(staff.accessToken, variantId, warehouse.id, 12);
    const lower = await stock.adjust(staff.accessToken, { variantId, locationId: warehouse.id, countedQuantity: 9, reason: 'cycle_count' });
    expect(lower.status).toBe(201);
    expect(lower.body.movement).toMatchObject({ kind: 'adjusted', reason: 'cycle_count', onHandDelta: -3 });
    expect(lower.body.level.onHand).toBe(9);
    const same = await stock.adjust(staff.accessToken, { variantId, locationId: warehouse.id, countedQuantity: 9, reason: 'cycle_count' });
    expect(same.status).toBe(201);
    expect(same.body.movement.onHandDelta).toBe(0);
    const first = await stock.adjust(staff.accessToken, {
      variantId,
      locationId: (await stock.location((await given.staff('catalog')).accessToken)).id,
      countedQuantity: 4,
      reason: 'correction',
    });
    expect(first.status).toBe(201);
    expect(first.body.movement.onHandDelta).toBe(4);
    expect(await stock.drift()).toEqual([]);
  });

  it('refuses to take a tracked variant without backorders below zero, naming the SKU and what is there', async () => {
    const { variantIds } = await given.product({ variants: [{ sku: 'MUG-WHITE' }] });
    const variantId = variantIds[0];
    await stock.receive(staff.accessToken, variantId, warehouse.id, 3);
    const before = await stock.movementCount();
    const answer = await stock.adjust(staff.accessToken, { variantId, locationId: warehouse.id, quantity: -4, reason: 'shrinkage' });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('insufficient_stock');
    expect(answer.body.detail).toContain('MUG-WHITE');
    expect(answer.body.detail).toContain('Only 3');
    expect(await stock.movementCount()).toBe(before);
    expect(await stock.level(variantId, warehouse.id)).toEqual({ onHand: 3, reserved: 0 });
    const toZero = await stock.adjust(staff.accessToken, { variantId, locationId: warehouse.id, quantity: -3, reason: 'shrinkage' });
    expect(toZero.status).toBe(201);
    expect(toZero.body.level).toMatchObject({ onHand: 0, available: 0, low: true });
  });

  it('refuses a negative change to a level that does not exist yet', async () => {
    const { variantIds } = await given.product();
    const answer = await stock.adjust(staff.accessToken, {
      variantId: variantIds[0],
      locationId: warehouse.id,
      quantity: -1,
      reason: 'other',
    });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('insufficient_stock');
    expect(await stock.level(variantIds[0], warehouse.id)).toBeNull();
  });

  it('lets a variant that takes backorders, or is not tracked, go below zero', async () => {
    const { variantIds } = await given.product({ variants: [{ allowBackorder: true }, { trackInventory: false }] });
    for (const variantId of variantIds) {
      const answer = await stock.adjust(staff.accessToken, { variantId, locationId: warehouse.id, quantity: -2, reason: 'correction' });
      expect(answer.status).toBe(201);
      expect(answer.body.level).toMatchObject({ onHand: -2, available: -2 });
    }
    expect(
      (await stock.adjust(staff.accessToken, { variantId: variantIds[1], locationId: warehouse.id, quantity: 1, reason: 'other' })).body
        .level.low,
    ).toBe(false);
  });

  it('records an API key as the actor when an integrator adjusts', async () => {
    const owner = await given.staff('owner');
    const key = await given.apiKey(owner, ['inventory:adjust']);
    const { variantIds } = await given.product();
    const answer = await stock.adjust(key.secret, { variantId: variantIds[0], locationId: warehouse.id, quantity: 5, reason: 'received' });
    expect(answer.status).toBe(201);
    expect(answer.body.movement.actor).toEqual({ type: 'api_key', id: key.id });
    const [row] = await app.db.manager.query(`SELECT actor_type, actor_id FROM stock_movements WHERE id = $1`, [answer.body.movement.id]);
    expect(row).toEqual({ actor_type: 'api_key', actor_id: key.id });
  });

  it('answers 404 for an unknown variant or location and writes nothing', async () => {
    const { variantIds } = await given.product();
    const before = await stock.movementCount();
    const unknownVariant = await stock.adjust(staff.accessToken, {
      variantId: '7d5e0a52-9a0c-4d61-8a43-1b7a9f6f2e11',
      locationId: warehouse.id,
      quantity: 1,
      reason: 'received',
    });
    expect(unknownVariant.status).toBe(404);
    expect(unknownVariant.body.detail).toContain('product variant');
    const unknownLocation = await stock.adjust(staff.accessToken, {
      variantId: variantIds[0],
      locationId: '7d5e0a52-9a0c-4d61-8a43-1b7a9f6f2e11',
      countedQuantity: 1,
      reason: 'cycle_count',
    });
    expect(unknownLocation.status).toBe(404);
    expect(unknownLocation.body.detail).toContain('stock location');
    expect(await stock.movementCount()).toBe(before);
    expect(await stock.level(variantIds[0], warehouse.id)).toBeNull();
  });

  it('accepts upper-case ids as the same ids', async () => {
    const { variantIds } = await given.product();
    const answer = await stock.adjust(staff.accessToken, {
      variantId: variantIds[0].toUpperCase(),
      locationId: warehouse.id.toUpperCase(),
      quantity: 2,
      reason: 'received',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.level).toMatchObject({ variantId: variantIds[0], locationId: warehouse.id, onHand: 2 });
  });
});
