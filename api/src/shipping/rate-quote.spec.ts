import { money } from '../platform/money/money';
import { quoteRate, RateRule } from './rate-quote';

const eur = (amount: number) => money(amount, 'EUR');

const flat: RateRule = { currency: 'EUR', rateType: 'flat', flatAmount: eur(495), weightRates: [], freeOverAmount: null };
const byWeight: RateRule = {
  currency: 'EUR',
  rateType: 'weight',
  flatAmount: null,
  weightRates: [
    { upToGrams: 2000, amount: eur(495) },
    { upToGrams: 10000, amount: eur(695) },
    { upToGrams: 23000, amount: eur(1295) },
  ],
  freeOverAmount: null,
};

describe('quoteRate', () => {
  it('charges a flat rate whatever the weight', () => {
    expect(quoteRate(flat, { weightGrams: 0, subtotal: eur(100) })).toEqual(eur(495));
    expect(quoteRate(flat, { weightGrams: 500_000, subtotal: eur(100) })).toEqual(eur(495));
  });

  it('charges the first weight bracket the parcel fits, its upper bound included', () => {
    expect(quoteRate(byWeight, { weightGrams: 0, subtotal: eur(1) })).toEqual(eur(495));
    expect(quoteRate(byWeight, { weightGrams: 2000, subtotal: eur(1) })).toEqual(eur(495));
    expect(quoteRate(byWeight, { weightGrams: 2001, subtotal: eur(1) })).toEqual(eur(695));
    expect(quoteRate(byWeight, { weightGrams: 10000, subtotal: eur(1) })).toEqual(eur(695));
    expect(quoteRate(byWeight, { weightGrams: 23000, subtotal: eur(1) })).toEqual(eur(1295));
  });

  it('cannot carry a parcel heavier than the last bracket', () => {
    expect(quoteRate(byWeight, { weightGrams: 23001, subtotal: eur(1) })).toBeNull();
    expect(quoteRate({ ...byWeight, weightRates: [] }, { weightGrams: 1, subtotal: eur(1) })).toBeNull();
  });

  it('is free once the subtotal reaches the threshold, and not a cent before', () => {
    const freeOver50 = { ...flat, freeOverAmount: eur(5000) };
    expect(quoteRate(freeOver50, { weightGrams: 100, subtotal: eur(4999) })).toEqual(eur(495));
    expect(quoteRate(freeOver50, { weightGrams: 100, subtotal: eur(5000) })).toEqual(eur(0));
    expect(quoteRate(freeOver50, { weightGrams: 100, subtotal: eur(9000) })).toEqual(eur(0));
    expect(quoteRate({ ...flat, freeOverAmount: eur(0) }, { weightGrams: 100, subtotal: eur(0) })).toEqual(eur(0));
  });

  it('still refuses an overweight parcel when the order would ship free', () => {
    expect(quoteRate({ ...byWeight, freeOverAmount: eur(5000) }, { weightGrams: 30000, subtotal: eur(10000) })).toBeNull();
    expect(quoteRate({ ...byWeight, freeOverAmount: eur(5000) }, { weightGrams: 3000, subtotal: eur(10000) })).toEqual(eur(0));
  });

  it('does not quote a subtotal in another currency', () => {
    expect(quoteRate(flat, { weightGrams: 100, subtotal: money(1000, 'USD') })).toBeNull();
    expect(quoteRate(byWeight, { weightGrams: 100, subtotal: money(1000, 'GBP') })).toBeNull();
  });

  it('never quotes a price stored in another currency than its method', () => {
    expect(quoteRate({ ...flat, flatAmount: money(495, 'USD') }, { weightGrams: 1, subtotal: eur(1) })).toBeNull();
    expect(quoteRate({ ...flat, flatAmount: null }, { weightGrams: 1, subtotal: eur(1) })).toBeNull();
    // A threshold in another currency never applies.
    expect(quoteRate({ ...flat, freeOverAmount: money(1, 'USD') }, { weightGrams: 1, subtotal: eur(100) })).toEqual(eur(495));
  });

  it('refuses a negative or non-numeric weight as a bug of the caller', () => {
    expect(() => quoteRate(flat, { weightGrams: -1, subtotal: eur(1) })).toThrow(RangeError);
    expect(() => quoteRate(flat, { weightGrams: Number.NaN, subtotal: eur(1) })).toThrow(RangeError);
  });
});
