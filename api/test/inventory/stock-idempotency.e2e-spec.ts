import { randomUUID } from 'node:crypto';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

describe('idempotent stock changes', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let staff: GivenStaff;
  let north: LocationBody;
  let south: LocationBody;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    stock = stockFor(app, given);
    staff = await given.staff('fulfilment');
    const catalog = await given.staff('catalog');
    north = await stock.location(catalog.accessToken);
    south = await stock.location(catalog.accessToken);
  });
  afterAll(() => app.close());

  const key = () => ({ 'Idempotency-Key': randomUUID() });

  it('answers a replayed adjustment with the first answer and moves stock once', async () => {
    const { variantIds } = await given.product();
    const body = { variantId: variantIds[0], locationId: north.id, quantity: 5, reason: 'received' };
    const headers = key();
    const first = await stock.adjust(staff.accessToken, body, headers);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await stock.adjust(staff.accessToken, body, headers);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 5, reserved: 0 });
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM stock_movements WHERE variant_id = $1`, [
      variantIds[0],
    ]);
    expect(count).toBe(1);
  });

  it('replays a transfer once too', async () => {
    const { variantIds } = await given.product();
    await stock.receive(staff.accessToken, variantIds[0], north.id, 5);
    const body = { variantId: variantIds[0], fromLocationId: north.id, toLocationId: south.id, quantity: 2 };
    const headers = key();
    const first = await stock.transfer(staff.accessToken, body, headers);
    const again = await stock.transfer(staff.accessToken, body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 3, reserved: 0 });
    expect(await stock.level(variantIds[0], south.id)).toEqual({ onHand: 2, reserved: 0 });
  });

  it('answers 422 to the same key with another body, and changes nothing', async () => {
    const { variantIds } = await given.product();
    const headers = key();
    await stock.adjust(staff.accessToken, { variantId: variantIds[0], locationId: north.id, quantity: 5, reason: 'received' }, headers);
    const other = await stock.adjust(
      staff.accessToken,
      { variantId: variantIds[0], locationId: north.id, quantity: 6, reason: 'received' },
      headers,
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('replays a refusal as the same refusal, even once the stock is there', async () => {
    const { variantIds } = await given.product();
    const body = { variantId: variantIds[0], locationId: north.id, quantity: -1, reason: 'damaged' };
    const headers = key();
    const first = await stock.adjust(staff.accessToken, body, headers);
    expect(first.status).toBe(409);
    await stock.receive(staff.accessToken, variantIds[0], north.id, 3);
    const again = await stock.adjust(staff.accessToken, body, headers);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'insufficient_stock', detail: first.body.detail });
    expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 3, reserved: 0 });
  });

  it('moves stock exactly once when the same request arrives twice at the same moment', async () => {
    for (let round = 0; round < 5; round++) {
      const { variantIds } = await given.product();
      const body = { variantId: variantIds[0], locationId: north.id, quantity: 4, reason: 'received' };
      const headers = key();
      const answers = await Promise.all([stock.adjust(staff.accessToken, body, headers), stock.adjust(staff.accessToken, body, headers)]);
      const statuses = answers.map((a) => a.status).sort();
      // The second sees the first still running (409) or, when it finished already, its answer replayed.
      expect([
        [201, 201],
        [201, 409],
      ]).toContainEqual(statuses);
      const conflict = answers.find((a) => a.status === 409);
      if (conflict) expect(conflict.body.code).toBe('idempotency_key_in_use');
      expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 4, reserved: 0 });
    }
  });

  it('answers 409 to a replay while the first request is still running, then the first answer once it is done', async () => {
    const { variantIds } = await given.product();
    await stock.receive(staff.accessToken, variantIds[0], north.id, 1);
    const body = { variantId: variantIds[0], locationId: north.id, quantity: 4, reason: 'received' };
    const headers = key();
    // Hold the level's row lock from outside, so the first request stops inside its transaction.
    const blocker = app.db.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    try {
      await blocker.query(`SELECT 1 FROM stock_levels WHERE variant_id = $1 AND location_id = $2 FOR UPDATE`, [variantIds[0], north.id]);
      const first = stock.adjust(staff.accessToken, body, headers);
      await until(
        async () => (await app.db.manager.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [headers['Idempotency-Key']])).length > 0,
      );
      const during = await stock.adjust(staff.accessToken, body, headers);
      expect(during.status).toBe(409);
      expect(during.body.code).toBe('idempotency_key_in_use');
      await blocker.commitTransaction();
      expect((await first).status).toBe(201);
    } finally {
      if (blocker.isTransactionActive) await blocker.rollbackTransaction();
      await blocker.release();
    }
    const after = await stock.adjust(staff.accessToken, body, headers);
    expect(after.status).toBe(201);
    expect(after.headers.get('idempotent-replayed')).toBe('true');
    expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('keeps keys apart per caller: another staff member may use the same key', async () => {
    const { variantIds } = await given.product();
    const body = { variantId: variantIds[0], locationId: north.id, quantity: 1, reason: 'received' };
    const headers = key();
    const other = await given.staff('fulfilment');
    expect((await stock.adjust(staff.accessToken, body, headers)).status).toBe(201);
    const second = await stock.adjust(other.accessToken, body, headers);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(await stock.level(variantIds[0], north.id)).toEqual({ onHand: 2, reserved: 0 });
  });
});

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition never became true');
}
