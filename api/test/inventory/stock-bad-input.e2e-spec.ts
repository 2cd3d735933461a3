import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

const UNKNOWN = '9b1d3c5e-7f2a-4b6c-8d0e-1f3a5b7c9d2e';

describe('bad input on stock writes', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let staff: GivenStaff;
  let north: LocationBody;
  let south: LocationBody;
  let variantId: string;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    stock = stockFor(app, given);
    staff = await given.staff('fulfilment');
    const catalog = await given.staff('catalog');
    north = await stock.location(catalog.accessToken);
    south = await stock.location(catalog.accessToken);
    [variantId] = (await given.product()).variantIds;
    await stock.receive(staff.accessToken, variantId, north.id, 10);
  });
  afterAll(() => app.close());

  async function expectRefused(
    send: () => Promise<{ status: number; body: { code?: string; errors?: { pointer: string }[] } }>,
    status: number,
    pointer?: string,
  ) {
    const before = await stock.movementCount();
    const levelBefore = await stock.level(variantId, north.id);
    const answer = await send();
    expect(answer.status).toBe(status);
    if (pointer) expect(answer.body.errors?.map((e) => e.pointer)).toContain(pointer);
    expect(await stock.movementCount()).toBe(before);
    expect(await stock.level(variantId, north.id)).toEqual(levelBefore);
    return answer;
  }

  describe('adjustments', () => {
    const valid = () => ({ variantId, locationId: north.id, quantity: 1, reason: 'correction' });
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['an unknown field', () => ({ ...valid(), sku: 'X' }), '/sku'],
      ['a quantity as a string', () => ({ ...valid(), quantity: '5' }), '/quantity'],
      ['a fractional quantity', () => ({ ...valid(), quantity: 1.5 }), '/quantity'],
      ['a zero quantity', () => ({ ...valid(), quantity: 0 }), '/quantity'],
      ['an absurd quantity', () => ({ ...valid(), quantity: 10 ** 12 }), '/quantity'],
      ['both quantity and countedQuantity', () => ({ ...valid(), countedQuantity: 3 }), '/countedQuantity'],
      ['neither quantity nor countedQuantity', () => ({ variantId, locationId: north.id, reason: 'correction' }), '/quantity'],
      [
        'a negative counted quantity',
        () => ({ variantId, locationId: north.id, countedQuantity: -1, reason: 'cycle_count' }),
        '/countedQuantity',
      ],
      ['a negative receipt', () => ({ ...valid(), quantity: -2, reason: 'received' }), '/quantity'],
      [
        'a count given as a return',
        () => ({ variantId, locationId: north.id, countedQuantity: 2, reason: 'returned' }),
        '/countedQuantity',
      ],
      ['an unknown reason', () => ({ ...valid(), reason: 'stolen' }), '/reason'],
      ['a missing reason', () => ({ variantId, locationId: north.id, quantity: 1 }), '/reason'],
      ['a malformed variant id', () => ({ ...valid(), variantId: 'abc' }), '/variantId'],
      ['a malformed location id', () => ({ ...valid(), locationId: 42 }), '/locationId'],
      ['a note that is too long', () => ({ ...valid(), note: 'x'.repeat(501) }), '/note'],
      ['a note that is not text', () => ({ ...valid(), note: { text: 'x' } }), '/note'],
    ];
    it.each(cases)('refuses %s with a 400 naming the field, writing nothing', async (_name, body, pointer) => {
      const answer = await expectRefused(() => stock.adjust(staff.accessToken, body()), 400, pointer);
      expect(answer.body.code).toBe('validation_failed');
    });

    it('refuses a body that is not a JSON object, and malformed JSON', async () => {
      await expectRefused(() => given.http.post('/admin/inventory/adjustments', { token: staff.accessToken, body: [valid()] }), 400);
      await expectRefused(() => given.http.post('/admin/inventory/adjustments', { token: staff.accessToken, raw: '{"variantId":' }), 400);
    });

    it('answers 404 for an unknown variant or location, writing nothing', async () => {
      await expectRefused(() => stock.adjust(staff.accessToken, { ...valid(), variantId: UNKNOWN }), 404);
      await expectRefused(() => stock.adjust(staff.accessToken, { ...valid(), locationId: UNKNOWN }), 404);
    });

    it('refuses a malformed Idempotency-Key', async () => {
      await expectRefused(() => stock.adjust(staff.accessToken, valid(), { 'Idempotency-Key': 'short' }), 400, '/Idempotency-Key');
    });
  });

  describe('transfers', () => {
    const valid = () => ({ variantId, fromLocationId: north.id, toLocationId: south.id, quantity: 1 });
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['an unknown field', () => ({ ...valid(), reason: 'x' }), '/reason'],
      ['a zero quantity', () => ({ ...valid(), quantity: 0 }), '/quantity'],
      ['a negative quantity', () => ({ ...valid(), quantity: -3 }), '/quantity'],
      ['a quantity as a string', () => ({ ...valid(), quantity: '3' }), '/quantity'],
      ['a missing quantity', () => ({ variantId, fromLocationId: north.id, toLocationId: south.id }), '/quantity'],
      ['the same location twice', () => ({ ...valid(), toLocationId: north.id }), '/toLocationId'],
      ['a malformed location id', () => ({ ...valid(), fromLocationId: 'north' }), '/fromLocationId'],
      ['a malformed variant id', () => ({ ...valid(), variantId: null }), '/variantId'],
    ];
    it.each(cases)('refuses %s with a 400 naming the field, writing nothing', async (_name, body, pointer) => {
      await expectRefused(() => stock.transfer(staff.accessToken, body()), 400, pointer);
    });

    it('answers 404 for an unknown variant or location, writing nothing', async () => {
      await expectRefused(() => stock.transfer(staff.accessToken, { ...valid(), variantId: UNKNOWN }), 404);
      await expectRefused(() => stock.transfer(staff.accessToken, { ...valid(), fromLocationId: UNKNOWN }), 404);
      await expectRefused(() => stock.transfer(staff.accessToken, { ...valid(), toLocationId: UNKNOWN }), 404);
    });
  });
});
