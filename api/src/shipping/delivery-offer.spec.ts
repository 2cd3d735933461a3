import { money } from '../platform/money/money';
import { offerDeliveryOptions, OfferableMethod, OfferInput, StockForDelivery } from './delivery-offer';
import type { ShippingCalendar } from './store-calendar';

const eur = (amount: number) => money(amount, 'EUR');
const calendar: ShippingCalendar = { timezone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: [] };
const MONDAY_MORNING = new Date('2026-11-30T09:00:00Z');

function method(id: string, extra: Partial<OfferableMethod> = {}): OfferableMethod {
  return {
    id,
    name: id,
    kind: 'standard',
    position: 0,
    currency: 'EUR',
    rateType: 'flat',
    flatAmount: eur(495),
    weightRates: [],
    freeOverAmount: null,
    handlingDays: 0,
    transitDaysMin: 1,
    transitDaysMax: 2,
    cutoffTime: '14:00',
    pickupLocation: null,
    ...extra,
  };
}

const store = (id: string, open = true) => ({ id, name: `Store ${id}`, city: 'Amsterdam', open });
const pickupAt = (id: string, open = true) =>
  method(`pickup-${id}`, { kind: 'pickup', flatAmount: eur(0), pickupLocation: store(id, open) });
const inStock: StockForDelivery = { availableByLocation: { a: 3 }, inStock: true, backorderExpectedAt: null };

function offer(methods: OfferableMethod[], extra: Partial<OfferInput> = {}) {
  return offerDeliveryOptions({
    methods,
    calendar,
    parcel: { weightGrams: 500, subtotal: eur(2500) },
    stock: inStock,
    now: MONDAY_MORNING,
    ...extra,
  });
}

describe('offerDeliveryOptions', () => {
  it('prices each method and estimates its dates', () => {
    expect(offer([method('standard', { freeOverAmount: eur(5000) })])).toEqual([
      {
        methodId: 'standard',
        name: 'standard',
        kind: 'standard',
        price: eur(495),
        freeOver: eur(5000),
        estimate: { earliest: '2026-12-01', latest: '2026-12-02' },
        pickupLocation: null,
      },
    ]);
  });

  it('offers pickup only at open locations that hold the item', () => {
    const options = offer([pickupAt('a'), pickupAt('b'), pickupAt('c', false)], {
      stock: { availableByLocation: { a: 1, b: 0, c: 5 }, inStock: true, backorderExpectedAt: null },
    });
    expect(options.map((o) => o.methodId)).toEqual(['pickup-a']);
    expect(options[0]).toMatchObject({ kind: 'pickup', pickupLocation: { id: 'a', name: 'Store a', city: 'Amsterdam' } });
    expect(options[0].estimate).toEqual({ earliest: '2026-11-30', latest: '2026-11-30' });
  });

  it('offers no pickup for a backorder, and ship-to from the expected date', () => {
    const backorder: StockForDelivery = { availableByLocation: { a: 2 }, inStock: false, backorderExpectedAt: '2026-12-10' };
    const options = offer([method('standard'), pickupAt('a')], { stock: backorder });
    expect(options.map((o) => [o.methodId, o.estimate])).toEqual([['standard', { earliest: '2026-12-11', latest: '2026-12-14' }]]);
  });

  it('offers nothing for an item out of stock without an expected date', () => {
    expect(
      offer([method('standard'), pickupAt('a')], { stock: { availableByLocation: {}, inStock: false, backorderExpectedAt: null } }),
    ).toEqual([]);
  });

  it('leaves out methods that cannot carry the parcel or price in another currency', () => {
    const light = method('light', { rateType: 'weight', flatAmount: null, weightRates: [{ upToGrams: 400, amount: eur(300) }] });
    const dollars = method('dollars', { currency: 'USD', flatAmount: money(500, 'USD') });
    expect(offer([light, dollars, method('standard')]).map((o) => o.methodId)).toEqual(['standard']);
  });

  it('shows a free method as a price of zero with its threshold', () => {
    const [option] = offer([method('standard', { freeOverAmount: eur(2000) })]);
    expect(option.price).toEqual(eur(0));
    expect(option.freeOver).toEqual(eur(2000));
  });

  it('sorts pickup last, then by earliest date, then by price', () => {
    const slowCheap = method('slow-cheap', { flatAmount: eur(295), transitDaysMin: 3, transitDaysMax: 5 });
    const fastDear = method('fast-dear', { kind: 'express', flatAmount: eur(995), transitDaysMin: 1, transitDaysMax: 1 });
    const fastCheap = method('fast-cheap', { flatAmount: eur(495), transitDaysMin: 1, transitDaysMax: 2 });
    const options = offer([pickupAt('a'), slowCheap, fastDear, fastCheap]);
    expect(options.map((o) => o.methodId)).toEqual(['fast-cheap', 'fast-dear', 'slow-cheap', 'pickup-a']);
  });
});
