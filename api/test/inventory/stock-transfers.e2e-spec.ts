import { StockLedger } from '../../src/inventory/stock-ledger.service';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

describe('stock transfers', () => {
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
    const manager = await given.staff('manager');
    north = await stock.location(manager.accessToken, { name: 'North' });
    south = await stock.location(manager.accessToken, { name: 'South' });
  });
  afterAll(() => app.close());

  it('moves units with two movements that share one transfer reference, and answers both levels', async () => {
    const { variantIds } = await given.product({ variants: [{ sku: 'LAMP-01' }] });
    const variantId = variantIds[0];
    await stock.receive(staff.accessToken, variantId, north.id, 10);
    const answer = await stock.transfer(staff.accessToken, {
      variantId,
      fromLocationId: north.id,
      toLocationId: south.id,
      quantity: 4,
      note: 'rebalance',
    });
    expect(answer.status).toBe(201);
    const { transferId, from, to } = answer.body;
    expect(from.movement).toMatchObject({
      kind: 'transfer_out',
      locationId: north.id,
      locationName: 'North',
      onHandDelta: -4,
      reference: { type: 'transfer', id: transferId },
      note: 'rebalance',
      actor: { type: 'staff', id: staff.id },
    });
    expect(to.movement).toMatchObject({
      kind: 'transfer_in',
      locationId: south.id,
      onHandDelta: 4,
      reference: { type: 'transfer', id: transferId },
    });
    expect(from.level).toMatchObject({ locationId: north.id, onHand: 6, available: 6 });
    expect(to.level).toMatchObject({ locationId: south.id, sku: 'LAMP-01', onHand: 4, available: 4 });
    const rows = await app.db.manager.query(
      `SELECT kind FROM stock_movements WHERE reference_type = 'transfer' AND reference_id = $1 ORDER BY id`,
      [transferId],
    );
    expect(rows).toEqual([{ kind: 'transfer_out' }, { kind: 'transfer_in' }]);
    expect(await stock.drift()).toEqual([]);
  });

  it('refuses to move more than is available at the source, whatever the backorder setting', async () => {
    const { variantIds } = await given.product({ variants: [{ sku: 'LAMP-02' }, { sku: 'LAMP-03', allowBackorder: true }] });
    for (const variantId of variantIds) {
      await stock.receive(staff.accessToken, variantId, north.id, 3);
      const before = await stock.movementCount();
      const answer = await stock.transfer(staff.accessToken, { variantId, fromLocationId: north.id, toLocationId: south.id, quantity: 4 });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('insufficient_stock');
      expect(answer.body.detail).toMatch(/Only 3 of LAMP-0[23] available at North; 4 needed/);
      expect(await stock.movementCount()).toBe(before);
      expect(await stock.level(variantId, south.id)).toBeNull();
    }
  });

  it('counts reservations against what can leave', async () => {
    const { variantIds } = await given.product();
    await stock.receive(staff.accessToken, variantIds[0], north.id, 5);
    const ledger = app.app.get(StockLedger);
    await app.db.transaction((tx) =>
      ledger.apply(tx, [
        {
          variantId: variantIds[0],
          locationId: north.id,
          kind: 'reserved',
          onHandDelta: 0,
          reservedDelta: 3,
          actor: { type: 'system', id: null },
        },
      ]),
    );
    const answer = await stock.transfer(staff.accessToken, {
      variantId: variantIds[0],
      fromLocationId: north.id,
      toLocationId: south.id,
      quantity: 3,
    });
    expect(answer.status).toBe(409);
    expect(
      (await stock.transfer(staff.accessToken, { variantId: variantIds[0], fromLocationId: north.id, toLocationId: south.id, quantity: 2 }))
        .status,
    ).toBe(201);
  });

  it('refuses the same location twice, even spelled in another case', async () => {
    const { variantIds } = await given.product();
    await stock.receive(staff.accessToken, variantIds[0], north.id, 5);
    const before = await stock.movementCount();
    const answer = await stock.transfer(staff.accessToken, {
      variantId: variantIds[0],
      fromLocationId: north.id,
      toLocationId: north.id.toUpperCase(),
      quantity: 1,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ pointer: '/toLocationId', detail: 'must differ from fromLocationId' }]);
    expect(await stock.movementCount()).toBe(before);
  });

  it('answers 404 for an unknown variant or location and writes nothing', async () => {
    const { variantIds } = await given.product();
    await stock.receive(staff.accessToken, variantIds[0], north.id, 5);
    const before = await stock.movementCount();
    const unknown = '2f1c9a1e-5b7d-4c3e-9f0a-6d8e7b6a5c4d';
    const noVariant = await stock.transfer(staff.accessToken, {
      variantId: unknown,
      fromLocationId: north.id,
      toLocationId: south.id,
      quantity: 1,
    });
    expect(noVariant.status).toBe(404);
    const noDestination = await stock.transfer(staff.accessToken, {
      variantId: variantIds[0],
      fromLocationId: north.id,
      toLocationId: unknown,
      quantity: 1,
    });
    expect(noDestination.status).toBe(404);
    expect(noDestination.body.detail).toContain('stock location');
    expect(await stock.movementCount()).toBe(before);
  });
});
