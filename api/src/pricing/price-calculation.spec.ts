import fc from 'fast-check';
import { currentPrice, discountedAmount, isInForce, Sale, saleCovers } from './price-calculation';

const pct = (id: string, percent: number): Sale => ({
  id,
  discount: { type: 'percentage', basisPoints: percent * 100 },
  startsAt: null,
  endsAt: null,
});
const fixed = (id: string, amount: number, currency = 'EUR'): Sale => ({
  id,
  discount: { type: 'fixed', amount, currency },
  startsAt: null,
  endsAt: null,
});

describe('current price', () => {
  it('is the base price when nothing applies', () => {
    expect(currentPrice(1999, 'EUR', null, [])).toEqual({ amount: 1999, wasAmount: null, saleId: null, discountPercent: 0 });
  });

  it('shows a compare-at price above the base as the was-price', () => {
    expect(currentPrice(1999, 'EUR', 2999, [])).toEqual({ amount: 1999, wasAmount: 2999, saleId: null, discountPercent: 33 });
    expect(currentPrice(1999, 'EUR', 1500, [])).toEqual({ amount: 1999, wasAmount: null, saleId: null, discountPercent: 0 });
  });

  it('rounds a percentage discount half up, in minor units', () => {
    // 15 % of 19.99 is 2.9985 → 3.00 off → 16.99
    expect(currentPrice(1999, 'EUR', null, [pct('a', 15)])).toMatchObject({
      amount: 1699,
      wasAmount: 1999,
      saleId: 'a',
      discountPercent: 15,
    });
    // 10 % of 0.05 is 0.005 → 0.01 off
    expect(discountedAmount(5, 'EUR', { type: 'percentage', basisPoints: 1000 })).toBe(4);
    expect(discountedAmount(1999, 'JPY', { type: 'percentage', basisPoints: 1250 })).toBe(1749);
  });

  it('gives the best of overlapping sales, never both', () => {
    const result = currentPrice(10000, 'EUR', null, [pct('a', 20), fixed('b', 3000), pct('c', 10)]);
    expect(result).toMatchObject({ amount: 7000, saleId: 'b', discountPercent: 30 });
  });

  it('breaks ties between equal sales the same way every time', () => {
    expect(currentPrice(1000, 'EUR', null, [pct('z', 10), pct('m', 10)]).saleId).toBe('m');
    expect(currentPrice(1000, 'EUR', null, [pct('m', 10), pct('z', 10)]).saleId).toBe('m');
  });

  it('applies a fixed discount only in its currency, and never below zero', () => {
    expect(currentPrice(1000, 'USD', null, [fixed('a', 300, 'EUR')])).toMatchObject({ amount: 1000, saleId: null });
    expect(currentPrice(1000, 'EUR', null, [fixed('a', 5000)])).toMatchObject({ amount: 0, discountPercent: 100 });
  });

  it('measures the saving from the compare-at price when it is higher', () => {
    expect(currentPrice(8000, 'EUR', 10000, [pct('a', 25)])).toMatchObject({ amount: 6000, wasAmount: 10000, discountPercent: 40 });
  });

  it('never overstates the percentage off', () => {
    expect(currentPrice(3000, 'EUR', null, [fixed('a', 1000)]).discountPercent).toBe(33);
  });

  it('keeps every price an integer between zero and the base', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 5 }),
        fc.option(fc.nat({ max: 10_000_000 }), { nil: null }),
        (base, basisPoints, compareAt) => {
          const sales = basisPoints.map((bp, i) => ({
            id: String(i),
            discount: { type: 'percentage' as const, basisPoints: bp },
            startsAt: null,
            endsAt: null,
          }));
          const price = currentPrice(base, 'EUR', compareAt, sales);
          expect(Number.isInteger(price.amount)).toBe(true);
          expect(price.amount).toBeGreaterThanOrEqual(0);
          expect(price.amount).toBeLessThanOrEqual(base);
          expect(price.discountPercent).toBeGreaterThanOrEqual(0);
          expect(price.discountPercent).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('sales in force and in scope', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it('runs from its start, inclusive, to its end, exclusive', () => {
    expect(isInForce({ startsAt: now, endsAt: null }, now)).toBe(true);
    expect(isInForce({ startsAt: null, endsAt: now }, now)).toBe(false);
    expect(isInForce({ startsAt: new Date('2026-11-27T00:00:00Z'), endsAt: null }, now)).toBe(false);
    expect(isInForce({ startsAt: null, endsAt: null }, now)).toBe(true);
  });

  it('covers a product through its category ancestors, its collections, or itself', () => {
    const product = { productId: 'p1', categoryIds: ['knitwear', 'clothing'], collectionIds: ['winter'] };
    expect(saleCovers({ appliesTo: 'categories', targetIds: new Set(['clothing']) }, product)).toBe(true);
    expect(saleCovers({ appliesTo: 'categories', targetIds: new Set(['shoes']) }, product)).toBe(false);
    expect(saleCovers({ appliesTo: 'collections', targetIds: new Set(['winter']) }, product)).toBe(true);
    expect(saleCovers({ appliesTo: 'products', targetIds: new Set(['p2']) }, product)).toBe(false);
    expect(saleCovers({ appliesTo: 'all', targetIds: new Set() }, product)).toBe(true);
  });
});
