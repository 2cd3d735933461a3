import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { eur, givenShipping, MethodBody, pointersOf, Problem, ZoneBody } from './given-shipping';

describe('shipping methods', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let shipping: ReturnType<typeof givenShipping>;
  let zone: ZoneBody;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    staff = await given.staff('catalog');
    shipping = givenShipping(app, given, staff.accessToken);
    zone = await shipping.zone({ name: 'Netherlands', countries: ['NL'] });
  });
  afterAll(() => app.close());

  const post = (body: Record<string, unknown>) =>
    given.http.post<MethodBody & Problem>('/admin/shipping/methods', {
      token: staff.accessToken,
      body: { zoneId: zone.id, name: 'Standard', kind: 'standard', currency: 'EUR', rateType: 'flat', flatAmount: eur(495), ...body },
    });

  it('creates a flat method with the defaults, and money as amount and currency', async () => {
    const answer = await post({ freeOverAmount: eur(5000) });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      zoneId: zone.id,
      kind: 'standard',
      pickupLocationId: null,
      currency: 'EUR',
      rateType: 'flat',
      flatAmount: eur(495),
      weightRates: [],
      freeOverAmount: eur(5000),
      handlingDays: 1,
      transitDaysMin: 1,
      transitDaysMax: 3,
      cutoffTime: '14:00',
      active: true,
      position: 0,
    });
  });

  it('creates a method priced by weight', async () => {
    const weightRates = [
      { upToGrams: 2000, amount: eur(495) },
      { upToGrams: 10000, amount: eur(695) },
    ];
    const answer = await post({
      rateType: 'weight',
      flatAmount: null,
      weightRates,
      cutoffTime: '16:30',
      transitDaysMin: 2,
      transitDaysMax: 2,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ rateType: 'weight', flatAmount: null, weightRates, cutoffTime: '16:30' });
  });

  it('names every invalid field by pointer and writes nothing', async () => {
    const before = await shipping.count('shipping_methods');
    const answer = await post({
      rateType: 'weight',
      flatAmount: null,
      weightRates: [
        { upToGrams: 5000, amount: eur(695) },
        { upToGrams: 2000, amount: { amount: 495, currency: 'USD' } },
      ],
      freeOverAmount: eur(-1),
      transitDaysMin: 4,
      transitDaysMax: 2,
    });
    expect(answer.status).toBe(400);
    expect(pointersOf(answer.body).sort()).toEqual([
      '/freeOverAmount/amount',
      '/transitDaysMax',
      '/weightRates/1/amount/currency',
      '/weightRates/1/upToGrams',
    ]);
    expect(await shipping.count('shipping_methods')).toBe(before);
  });

  it('refuses malformed values before anything else', async () => {
    const before = await shipping.count('shipping_methods');
    const answer = await post({
      kind: 'drone',
      currency: 'eur',
      rateType: 'by-size',
      cutoffTime: '25:00',
      handlingDays: -1,
      flatAmount: { amount: 4.95, currency: 'EUR' },
      zoneId: 'zone-1',
    });
    expect(answer.status).toBe(400);
    expect(pointersOf(answer.body).sort()).toEqual(
      ['/currency', '/cutoffTime', '/flatAmount/amount', '/handlingDays', '/kind', '/rateType', '/zoneId'].sort(),
    );
    expect(await shipping.count('shipping_methods')).toBe(before);
  });

  it('needs the price of its rate type and amounts in its currency', async () => {
    expect(pointersOf((await post({ flatAmount: null })).body)).toEqual(['/flatAmount']);
    expect(pointersOf((await post({ rateType: 'weight' })).body)).toEqual(['/weightRates', '/flatAmount']);
    expect(pointersOf((await post({ flatAmount: { amount: 495, currency: 'GBP' } })).body)).toEqual(['/flatAmount/currency']);
    expect(pointersOf((await post({ currency: 'XYZ', flatAmount: { amount: 1, currency: 'XYZ' } })).body)).toEqual(['/currency']);
    const bracketWithoutPrice = await post({ rateType: 'weight', flatAmount: null, weightRates: [{ upToGrams: 1000 }] });
    expect(pointersOf(bracketWithoutPrice.body)).toEqual(['/weightRates/0/amount']);
    expect(pointersOf((await post({ flatAmount: [] })).body)).toEqual(['/flatAmount']);
  });

  it('refuses an unknown zone with a 400 naming zoneId', async () => {
    const answer = await post({ zoneId: '00000000-0000-4000-8000-000000000000' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ pointer: '/zoneId', detail: 'no shipping zone has this id' }]);
  });

  describe('pickup', () => {
    it('needs an active stock location that offers pickup', async () => {
      const store = await shipping.stockLocation({ pickup: true });
      const ok = await post({ kind: 'pickup', pickupLocationId: store, flatAmount: eur(0) });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ kind: 'pickup', pickupLocationId: store });

      const before = await shipping.count('shipping_methods');
      const warehouse = await shipping.stockLocation({ pickup: false });
      const closed = await shipping.stockLocation({ pickup: true, active: false });
      const cases: [string | undefined, string][] = [
        [warehouse, 'this stock location does not offer pickup'],
        [closed, 'this stock location is not active'],
        ['00000000-0000-4000-8000-000000000000', 'no stock location has this id'],
        [undefined, 'is required for a pickup method'],
      ];
      for (const [pickupLocationId, detail] of cases) {
        const answer = await post({ kind: 'pickup', pickupLocationId, flatAmount: eur(0) });
        expect({ pickupLocationId, status: answer.status, errors: answer.body.errors }).toEqual({
          pickupLocationId,
          status: 400,
          errors: [{ pointer: '/pickupLocationId', detail }],
        });
      }
      expect(await shipping.count('shipping_methods')).toBe(before);
    });

    it('refuses a pickup location on a method that ships', async () => {
      const store = await shipping.stockLocation();
      const answer = await post({ pickupLocationId: store });
      expect(answer.status).toBe(400);
      expect(pointersOf(answer.body)).toEqual(['/pickupLocationId']);
    });

    it('checks the location when a method becomes pickup', async () => {
      const method = (await post({})).body;
      const warehouse = await shipping.stockLocation({ pickup: false });
      const answer = await given.http.patch<Problem>(`/admin/shipping/methods/${method.id}`, {
        token: staff.accessToken,
        body: { kind: 'pickup', pickupLocationId: warehouse },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ pointer: '/pickupLocationId', detail: 'this stock location does not offer pickup' }]);
    });
  });

  describe('changes', () => {
    it('changes only what is sent, and drops what no longer applies', async () => {
      const method = (await post({ freeOverAmount: eur(5000) })).body;
      const weight = await given.http.patch<MethodBody>(`/admin/shipping/methods/${method.id}`, {
        token: staff.accessToken,
        body: { rateType: 'weight', weightRates: [{ upToGrams: 1000, amount: eur(395) }], name: 'By weight' },
      });
      expect(weight.status).toBe(200);
      expect(weight.body).toMatchObject({ name: 'By weight', rateType: 'weight', flatAmount: null, freeOverAmount: eur(5000) });

      const cleared = await given.http.patch<MethodBody>(`/admin/shipping/methods/${method.id}`, {
        token: staff.accessToken,
        body: { freeOverAmount: null, name: null },
      });
      expect(cleared.body).toMatchObject({ name: 'By weight', freeOverAmount: null, weightRates: [{ upToGrams: 1000, amount: eur(395) }] });
    });

    it('blames the currency when it no longer matches the amounts', async () => {
      const method = (await post({})).body;
      const answer = await given.http.patch<Problem>(`/admin/shipping/methods/${method.id}`, {
        token: staff.accessToken,
        body: { currency: 'USD' },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ pointer: '/currency', detail: 'flatAmount is in EUR, but the method is priced in USD' }]);
      const both = await given.http.patch<MethodBody>(`/admin/shipping/methods/${method.id}`, {
        token: staff.accessToken,
        body: { currency: 'USD', flatAmount: { amount: 595, currency: 'USD' } },
      });
      expect(both.status).toBe(200);
      expect(both.body.flatAmount).toEqual({ amount: 595, currency: 'USD' });
    });

    it('moves a method to another zone, but not to one that does not exist', async () => {
      const method = (await post({})).body;
      const belgium = await shipping.zone({ name: 'Belgium', countries: ['BE'] });
      const moved = await given.http.patch<MethodBody>(`/admin/shipping/methods/${method.id}`, {
        token: staff.accessToken,
        body: { zoneId: belgium.id },
      });
      expect(moved.body.zoneId).toBe(belgium.id);
      const nowhere = await given.http.patch<Problem>(`/admin/shipping/methods/${method.id}`, {
        token: staff.accessToken,
        body: { zoneId: '00000000-0000-4000-8000-000000000000' },
      });
      expect(nowhere.status).toBe(400);
      expect(pointersOf(nowhere.body)).toEqual(['/zoneId']);
    });

    it('answers 404 for an unknown method', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await given.http.patch(`/admin/shipping/methods/${unknown}`, { token: staff.accessToken, body: { name: 'x' } })).status).toBe(
        404,
      );
      expect((await given.http.delete(`/admin/shipping/methods/${unknown}`, { token: staff.accessToken })).status).toBe(404);
    });
  });

  it('lists the methods of one zone, and deletes one', async () => {
    const own = await shipping.zone({ name: 'Germany', countries: ['DE'] });
    const second = await shipping.method(own.id, { name: 'Second', position: 2 });
    const first = await shipping.method(own.id, { name: 'First', position: 1 });
    const list = await given.http.get<{ items: MethodBody[] }>(`/admin/shipping/methods?zoneId=${own.id}`, { token: staff.accessToken });
    expect(list.body.items.map((m) => m.id)).toEqual([first.id, second.id]);
    expect((await given.http.delete(`/admin/shipping/methods/${first.id}`, { token: staff.accessToken })).status).toBe(204);
    const after = await given.http.get<{ items: MethodBody[] }>(`/admin/shipping/methods?zoneId=${own.id}`, { token: staff.accessToken });
    expect(after.body.items.map((m) => m.id)).toEqual([second.id]);
    const bad = await given.http.get<Problem>('/admin/shipping/methods?zoneId=nope', { token: staff.accessToken });
    expect(bad.status).toBe(400);
  });
});
