import { money } from '../../src/platform/money/money';
import { DeliveryOptions, StockForDelivery } from '../../src/shipping/delivery-options.service';
import { givenFor, Given, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { recordQueries } from '../support/query-recorder';
import { startTestApp, TestApp } from '../support/test-app';
import { eur, givenShipping, pointersOf, Problem } from './given-shipping';

// Monday 30 November 2026, 10:00 in Amsterdam (UTC+1).
const MONDAY_MORNING = new Date('2026-11-30T09:00:00Z');

describe('delivery options', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let shipping: ReturnType<typeof givenShipping>;
  let options: DeliveryOptions;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    staff = await given.staff('catalog');
    shipping = givenShipping(app, given, staff.accessToken);
    options = app.app.get(DeliveryOptions);

    const calendar = { timezone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'] };
    await call(app.url, 'PUT', '/admin/shipping/calendar', { token: staff.accessToken, body: calendar });

    ids.storeWithStock = await shipping.stockLocation({ name: 'Utrecht store', city: 'Utrecht' });
    ids.storeWithout = await shipping.stockLocation({ name: 'Rotterdam store', city: 'Rotterdam' });
    ids.storeClosing = await shipping.stockLocation({ name: 'Closing store', city: 'Delft' });

    const netherlands = await shipping.zone({ name: 'Netherlands', countries: ['NL'] });
    ids.netherlands = netherlands.id;
    const timing = { handlingDays: 0, transitDaysMin: 1, transitDaysMax: 2 };
    ids.standard = (await shipping.method(netherlands.id, { name: 'Standard', freeOverAmount: eur(5000), ...timing })).id;
    ids.express = (
      await shipping.method(netherlands.id, {
        name: 'Express',
        kind: 'express',
        flatAmount: eur(995),
        handlingDays: 0,
        transitDaysMin: 1,
        transitDaysMax: 1,
      })
    ).id;
    ids.heavy = (
      await shipping.method(netherlands.id, {
        name: 'Parcel by weight',
        rateType: 'weight',
        flatAmount: null,
        weightRates: [{ upToGrams: 2000, amount: eur(695) }],
        handlingDays: 1,
        transitDaysMin: 1,
        transitDaysMax: 3,
      })
    ).id;
    await shipping.method(netherlands.id, { name: 'Switched off', active: false, flatAmount: eur(1) });
    const pickup = { kind: 'pickup', flatAmount: eur(0), handlingDays: 0 };
    ids.pickupWithStock = (
      await shipping.method(netherlands.id, { name: 'Pickup Utrecht', pickupLocationId: ids.storeWithStock, ...pickup })
    ).id;
    ids.pickupWithout = (
      await shipping.method(netherlands.id, { name: 'Pickup Rotterdam', pickupLocationId: ids.storeWithout, ...pickup })
    ).id;
    ids.pickupClosing = (await shipping.method(netherlands.id, { name: 'Pickup Delft', pickupLocationId: ids.storeClosing, ...pickup })).id;
    // The inventory domain closes the Delft store for pickup after the method was made.
    await app.db.manager.query(`UPDATE stock_locations SET pickup_enabled = false WHERE id = $1`, [ids.storeClosing]);

    const amsterdam = await shipping.zone({ name: 'Amsterdam', countries: ['NL'], postcodePatterns: ['1000-1109'] });
    ids.bike = (
      await shipping.method(amsterdam.id, {
        name: 'Bike courier',
        flatAmount: eur(395),
        handlingDays: 0,
        transitDaysMin: 0,
        transitDaysMax: 0,
        cutoffTime: '12:00',
      })
    ).id;

    const us = await shipping.zone({ name: 'United States', countries: ['US'] });
    await shipping.method(us.id, { name: 'USPS', currency: 'USD', flatAmount: { amount: 1500, currency: 'USD' } });
  });
  afterAll(() => app.close());

  const inStock: StockForDelivery = { availableByLocation: {}, inStock: true, backorderExpectedAt: null };
  const everywhere = (): StockForDelivery => ({
    inStock: true,
    backorderExpectedAt: null,
    availableByLocation: { [ids.storeWithStock]: 3, [ids.storeWithout]: 0, [ids.storeClosing]: 5 },
  });

  const forItem = (extra: Partial<Parameters<DeliveryOptions['forItem']>[0]> = {}) =>
    options.forItem({
      destination: { country: 'NL', postcode: '3511 AA' },
      weightGrams: 500,
      price: money(2500, 'EUR'),
      stock: everywhere(),
      now: MONDAY_MORNING,
      ...extra,
    });

  it('offers the zone methods priced and dated, pickup only where the stock is, pickup last', async () => {
    expect(await forItem()).toEqual([
      {
        methodId: ids.standard,
        name: 'Standard',
        kind: 'standard',
        price: eur(495),
        freeOver: eur(5000),
        estimate: { earliest: '2026-12-01', latest: '2026-12-02' },
        pickupLocation: null,
      },
      {
        methodId: ids.express,
        name: 'Express',
        kind: 'express',
        price: eur(995),
        freeOver: null,
        estimate: { earliest: '2026-12-01', latest: '2026-12-01' },
        pickupLocation: null,
      },
      {
        methodId: ids.heavy,
        name: 'Parcel by weight',
        kind: 'standard',
        price: eur(695),
        freeOver: null,
        estimate: { earliest: '2026-12-02', latest: '2026-12-04' },
        pickupLocation: null,
      },
      {
        methodId: ids.pickupWithStock,
        name: 'Pickup Utrecht',
        kind: 'pickup',
        price: eur(0),
        freeOver: null,
        estimate: { earliest: '2026-11-30', latest: '2026-11-30' },
        pickupLocation: { id: ids.storeWithStock, name: 'Utrecht store', city: 'Utrecht' },
      },
    ]);
  });

  it('uses the most specific zone: a postcode zone over the country', async () => {
    const answer = await forItem({ destination: { country: 'NL', postcode: '1012 AB' } });
    expect(answer.map((o) => [o.name, o.price.amount, o.estimate])).toEqual([
      ['Bike courier', 395, { earliest: '2026-11-30', latest: '2026-11-30' }],
    ]);
  });

  it('offers nothing where no zone matches, or only in another currency', async () => {
    expect(await forItem({ destination: { country: 'DE' } })).toEqual([]);
    expect(await forItem({ destination: { country: 'US' } })).toEqual([]);
    const dollars = await forItem({ destination: { country: 'US' }, price: money(2500, 'USD') });
    expect(dollars.map((o) => o.price)).toEqual([{ amount: 1500, currency: 'USD' }]);
  });

  it('ships free over the threshold and drops methods the parcel is too heavy for', async () => {
    const dear = await forItem({ price: money(5000, 'EUR') });
    expect(dear.find((o) => o.methodId === ids.standard)?.price).toEqual(eur(0));
    const heavy = await forItem({ weightGrams: 2001 });
    expect(heavy.map((o) => o.methodId)).not.toContain(ids.heavy);
    expect(heavy.map((o) => o.methodId)).toContain(ids.standard);
  });

  it('ships a backorder from its expected date, without pickup, and nothing without a date', async () => {
    const backorder = await forItem({
      stock: { availableByLocation: { [ids.storeWithStock]: 3 }, inStock: false, backorderExpectedAt: '2026-12-10' },
    });
    expect(backorder.map((o) => [o.methodId, o.estimate.earliest])).toEqual([
      [ids.standard, '2026-12-11'],
      [ids.express, '2026-12-11'],
      [ids.heavy, '2026-12-14'],
    ]);
    expect(await forItem({ stock: { availableByLocation: {}, inStock: false, backorderExpectedAt: null } })).toEqual([]);
  });

  it('offers no pickup when no store holds the item', async () => {
    const answer = await forItem({ stock: inStock });
    expect(answer.filter((o) => o.kind === 'pickup')).toEqual([]);
  });

  it('skips the Christmas holiday in its estimates', async () => {
    const christmasEve = new Date('2026-12-24T09:00:00Z');
    const answer = await forItem({ now: christmasEve });
    expect(answer.find((o) => o.methodId === ids.standard)?.estimate).toEqual({ earliest: '2026-12-28', latest: '2026-12-29' });
  });

  it('reads the setup with two queries, then from memory until a change', async () => {
    const zone = await shipping.zone({ name: 'Belgium', countries: ['BE'] });
    const queries = recordQueries(app.db);
    const setupQueries = () => queries.count('shipping_zones') + queries.count('shipping_methods');
    try {
      await forItem({ destination: { country: 'BE' } });
      expect(setupQueries()).toBe(2);
      await forItem();
      await forItem({ destination: { country: 'BE' } });
      expect(setupQueries()).toBe(2);
    } finally {
      queries.restore();
    }
    // A change through the API shows at once.
    expect(await forItem({ destination: { country: 'BE' } })).toEqual([]);
    const bpost = await shipping.method(zone.id, { name: 'bpost' });
    const before = await forItem({ destination: { country: 'BE' } });
    expect(before.map((o) => [o.methodId, o.estimate])).toEqual([[bpost.id, { earliest: '2026-12-02', latest: '2026-12-04' }]]);
    await call(app.url, 'PUT', '/admin/shipping/calendar', {
      token: staff.accessToken,
      body: { timezone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-01'] },
    });
    // bpost takes a day to handle: Tuesday 1 December, now a holiday, moves dispatch to Wednesday.
    expect((await forItem({ destination: { country: 'BE' } }))[0].estimate).toEqual({ earliest: '2026-12-03', latest: '2026-12-07' });
  });

  describe('the admin preview', () => {
    const preview = (body: unknown) =>
      given.http.post<
        { zone: { id: string; name: string } | null; options: { methodId: string; estimate: { earliest: string } }[] } & Problem
      >('/admin/shipping/quote', { token: staff.accessToken, body });

    it('shows the zone and every option, as if in stock at every open pickup location', async () => {
      const answer = await preview({ destination: { country: 'NL', postcode: '3511 AA' }, weightGrams: 500, subtotal: eur(2500) });
      expect(answer.status).toBe(200);
      expect(answer.body.zone).toEqual({ id: ids.netherlands, name: 'Netherlands' });
      expect(new Set(answer.body.options.map((o) => o.methodId))).toEqual(
        new Set([ids.standard, ids.express, ids.heavy, ids.pickupWithStock, ids.pickupWithout]),
      );
      for (const option of answer.body.options) expect(option.estimate.earliest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('answers no zone and no options where nothing ships', async () => {
      const answer = await preview({ destination: { country: 'JP' }, weightGrams: 500, subtotal: eur(2500) });
      expect(answer.body).toEqual({ zone: null, options: [] });
    });

    it('names bad input by pointer', async () => {
      const answer = await preview({ destination: { country: 'nl' }, weightGrams: -1, subtotal: { amount: 1, currency: 'euro' } });
      expect(answer.status).toBe(400);
      expect(new Set(pointersOf(answer.body))).toEqual(new Set(['/destination/country', '/weightGrams', '/subtotal/currency']));
      const negative = await preview({ destination: { country: 'NL' }, weightGrams: 1, subtotal: eur(-5) });
      expect(pointersOf(negative.body)).toEqual(['/subtotal/amount']);
      const missing = await preview({ weightGrams: 1 });
      expect(missing.status).toBe(400);
      expect(new Set(pointersOf(missing.body))).toEqual(new Set(['/destination', '/subtotal']));
    });

    it('is open to catalog readers', async () => {
      const support = await given.staff('support');
      const answer = await given.http.post('/admin/shipping/quote', {
        token: support.accessToken,
        body: { destination: { country: 'NL' }, weightGrams: 1, subtotal: eur(1) },
      });
      expect(answer.status).toBe(200);
    });
  });
});
