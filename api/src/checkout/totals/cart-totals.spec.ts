import { MoneyError } from '../../platform/money/money';
import { calculateCartTotals, CartLineInput, CartTotals, CartTotalsInput, Discount, TaxInput, taxOn } from './cart-totals';

const NL_VAT: TaxInput = { ratePpm: 210_000, pricesIncludeTax: true, display: 'inclusive', taxShipping: true };
const NYC_TAX: TaxInput = { ratePpm: 88_750, pricesIncludeTax: false, display: 'exclusive', taxShipping: true };
const NO_TAX: TaxInput = { ratePpm: 0, pricesIncludeTax: true, display: 'inclusive', taxShipping: false };

const line = (lineId: string, unitPrice: number, quantity = 1, extra: Partial<CartLineInput> = {}): CartLineInput => ({
  lineId,
  unitPrice,
  wasUnitPrice: null,
  quantity,
  taxable: true,
  ...extra,
});

const totals = (input: Partial<CartTotalsInput> & Pick<CartTotalsInput, 'lines'>) =>
  calculateCartTotals({ currency: 'EUR', shipping: null, tax: NL_VAT, ...input });

/** The per-line amounts as [subtotal, discount, taxableAmount, tax, total], for compact hand-worked cases. */
const lineAmounts = (result: CartTotals) => result.lines.map((l) => [l.subtotal, l.discount, l.taxableAmount, l.tax, l.total]);

describe('cart totals', () => {
  it('adds up a cart without discount or tax', () => {
    const result = totals({ lines: [line('a', 1999, 2), line('b', 500)], tax: NO_TAX, shipping: { amount: 495 } });
    expect(result).toMatchObject({ subtotal: 4498, discountTotal: 0, shipping: 495, shippingDiscount: 0, taxTotal: 0, total: 4993 });
    expect(lineAmounts(result)).toEqual([
      [3998, 0, 0, 0, 3998],
      [500, 0, 0, 0, 500],
    ]);
  });

  it('extracts 21 % Dutch VAT from prices that include it, and charges what the shopper saw', () => {
    // 10 % of 44.98 = 4.498 → 4.50, split 3.9998 : 0.5002 → 4.00 + 0.50. Taxed: 35.98 + 4.50 + 4.95 = 45.43,
    // VAT 45.43 × 21/121 = 7.8845 → 7.88, split 6.2409 : 0.7805 : 0.8586 → 6.24 + 0.78 + 0.86.
    const result = totals({
      lines: [line('tee', 1999, 2), line('socks', 500)],
      discounts: [{ code: 'WELCOME10', kind: 'percentage', value: 1000 }],
      shipping: { amount: 495 },
    });
    expect(lineAmounts(result)).toEqual([
      [3998, 400, 2974, 624, 3598],
      [500, 50, 372, 78, 450],
    ]);
    expect(result).toMatchObject({
      subtotal: 4498,
      discountTotal: 450,
      shipping: 495,
      shippingTax: 86,
      taxTotal: 788,
      total: 4543,
      taxIncludedInPrices: true,
      display: 'inclusive',
      discounts: [{ code: 'WELCOME10', kind: 'percentage', amount: 450 }],
    });
    expect(result.shown).toEqual({ subtotal: 4498, discount: 450, shipping: 495, shippingDiscount: 0, tax: 788, total: 4543 });
  });

  it('adds 8.875 % New York City sales tax on top, rounding once on the total', () => {
    // Exact shares 1.773225 + 2.174375 + 0.44375 = 4.39135 → 4.39; line by line it would be 1.77 + 2.17 + 0.44 = 4.38.
    const result = calculateCartTotals({
      currency: 'USD',
      lines: [line('mug', 999, 2), line('hoodie', 2450)],
      shipping: { amount: 500 },
      tax: NYC_TAX,
    });
    expect(lineAmounts(result)).toEqual([
      [1998, 0, 1998, 177, 2175],
      [2450, 0, 2450, 218, 2668],
    ]);
    expect(result).toMatchObject({
      subtotal: 4448,
      shipping: 500,
      shippingTax: 44,
      taxTotal: 439,
      total: 5387,
      taxIncludedInPrices: false,
    });
    expect(result.shown).toEqual({ subtotal: 4448, discount: 0, shipping: 500, shippingDiscount: 0, tax: 439, total: 5387 });
  });

  it('splits a fixed discount over many lines by largest remainder, to the cent', () => {
    const result = totals({
      lines: [line('a', 100), line('b', 100), line('c', 100)],
      discounts: [{ code: 'EURO', kind: 'fixed', value: 100 }],
      tax: NO_TAX,
    });
    expect(result.lines.map((l) => l.discount)).toEqual([34, 33, 33]);
    expect(result).toMatchObject({ subtotal: 300, discountTotal: 100, total: 200 });
  });

  it('gives the leftover cents of seven equal lines to the earliest ones', () => {
    const result = totals({ lines: Array.from({ length: 7 }, (_, i) => line(`l${i}`, 1000)), discounts: [pct('TEN', 1000)], tax: NO_TAX });
    // 10 % of 70.00 = 7.00 exactly: one euro each, no remainder.
    expect(result.lines.map((l) => l.discount)).toEqual([100, 100, 100, 100, 100, 100, 100]);
    const odd = totals({ lines: Array.from({ length: 7 }, (_, i) => line(`l${i}`, 1000)), discounts: [fixed('FIVE', 500)], tax: NO_TAX });
    // 5.00 / 7 = 0.714...: 71 each and the 3 leftover cents to the first three.
    expect(odd.lines.map((l) => l.discount)).toEqual([72, 72, 72, 71, 71, 71, 71]);
  });

  it('works in yen, which has no minor unit: 10 % consumption tax inside the price', () => {
    // ¥1,000 off split 857.14 : 142.86 → 857 + 143. Taxed 2,443 + 407 + 500 = 3,350; tax 3,350 / 11 = 304.5 → 305,
    // split 222.42 : 37.05 : 45.52 → 222 + 37 + 46.
    const result = calculateCartTotals({
      currency: 'JPY',
      lines: [line('tea', 1100, 3), line('cup', 550)],
      discounts: [fixed('SEN', 1000)],
      shipping: { amount: 500 },
      tax: { ratePpm: 100_000, pricesIncludeTax: true, display: 'inclusive', taxShipping: true },
    });
    expect(lineAmounts(result)).toEqual([
      [3300, 857, 2221, 222, 2443],
      [550, 143, 370, 37, 407],
    ]);
    expect(result).toMatchObject({ discountTotal: 1000, shippingTax: 46, taxTotal: 305, total: 3350 });
  });

  it('works in Kuwaiti dinar, with three decimals, and leaves untaxed shipping alone', () => {
    // 15 % of 2.875 = 0.43125 → 0.431, split 0.37478 : 0.05622 → 0.375 + 0.056. Tax 5 % of 2.444 = 0.1222 → 0.122,
    // split 0.10625 : 0.01595 → 0.106 + 0.016.
    const result = calculateCartTotals({
      currency: 'KWD',
      lines: [line('dates', 1250, 2), line('coffee', 375)],
      discounts: [pct('EID15', 1500)],
      shipping: { amount: 1000 },
      tax: { ratePpm: 50_000, pricesIncludeTax: false, display: 'exclusive', taxShipping: false },
    });
    expect(lineAmounts(result)).toEqual([
      [2500, 375, 2125, 106, 2231],
      [375, 56, 319, 16, 335],
    ]);
    expect(result).toMatchObject({ subtotal: 2875, discountTotal: 431, shipping: 1000, shippingTax: 0, taxTotal: 122, total: 3566 });
  });

  it('takes shipping off with free shipping, and its tax with it', () => {
    const result = totals({
      lines: [line('a', 2000)],
      discounts: [{ code: 'FREESHIP', kind: 'free_shipping', value: 0 }],
      shipping: { amount: 495 },
    });
    expect(result).toMatchObject({ shipping: 495, shippingDiscount: 495, shippingTax: 0, discountTotal: 0, taxTotal: 347, total: 2000 });
    expect(result.discounts).toEqual([{ code: 'FREESHIP', kind: 'free_shipping', amount: 495 }]);
  });

  it('gives free shipping nothing to take before a method is chosen', () => {
    const result = totals({ lines: [line('a', 2000)], discounts: [{ code: 'FREESHIP', kind: 'free_shipping', value: 0 }] });
    expect(result).toMatchObject({ shipping: 0, shippingDiscount: 0, total: 2000, discounts: [{ amount: 0 }] });
  });

  it('never takes more than the subtotal with a fixed discount', () => {
    const result = totals({ lines: [line('a', 700), line('b', 300)], discounts: [fixed('BIG', 5000)], shipping: { amount: 495 } });
    expect(result).toMatchObject({ subtotal: 1000, discountTotal: 1000, total: 495, discounts: [{ amount: 1000 }] });
    expect(result.lines.map((l) => [l.discount, l.tax, l.total])).toEqual([
      [700, 0, 0],
      [300, 0, 0],
    ]);
  });

  it('discounts untaxed lines too, but taxes only the taxable ones', () => {
    const result = totals({
      lines: [line('book', 2000), line('gift-card', 2000, 1, { taxable: false })],
      discounts: [pct('HALF', 5000)],
    });
    expect(lineAmounts(result)).toEqual([
      [2000, 1000, 826, 174, 1000],
      [2000, 1000, 0, 0, 1000],
    ]);
    expect(result.taxTotal).toBe(174);
  });

  it('applies stacked discounts in order, each to what is left', () => {
    const result = totals({ lines: [line('a', 10000)], discounts: [pct('TEN', 1000), fixed('FIVE', 500)], tax: NO_TAX });
    expect(result.discounts.map((d) => d.amount)).toEqual([1000, 500]);
    expect(result.discountTotal).toBe(1500);
  });

  it('shows prices entered with VAT before tax where the destination expects that', () => {
    const result = totals({
      lines: [line('tee', 2420, 1, { wasUnitPrice: 3025 })],
      discounts: [pct('TEN', 1000)],
      shipping: { amount: 605 },
      tax: { ...NL_VAT, display: 'exclusive' },
    });
    // Taxed 21.78 + 6.05 = 27.83; VAT 4.83 (27.83 × 21/121 = 4.830), 3.78 on the line and 1.05 on shipping.
    expect(result.lines[0]).toMatchObject({ subtotal: 2420, discount: 242, tax: 378, total: 2178, taxableAmount: 1800 });
    expect(result.lines[0].shown).toEqual({ subtotal: 2000, wasSubtotal: 2500, discount: 200, total: 1800 });
    expect(result.shown).toEqual({ subtotal: 2000, discount: 200, shipping: 500, shippingDiscount: 0, tax: 483, total: 2783 });
  });

  it('shows prices entered before tax with tax in them where the destination expects that', () => {
    const result = calculateCartTotals({
      currency: 'EUR',
      lines: [line('tee', 2000, 1, { wasUnitPrice: 2500 })],
      discounts: [pct('TEN', 1000)],
      shipping: { amount: 500 },
      tax: { ratePpm: 210_000, pricesIncludeTax: false, display: 'inclusive', taxShipping: true },
    });
    expect(result).toMatchObject({ subtotal: 2000, discountTotal: 200, taxTotal: 483, total: 2783, taxIncludedInPrices: false });
    expect(result.lines[0].shown).toEqual({ subtotal: 2420, wasSubtotal: 3025, discount: 242, total: 2178 });
    expect(result.shown).toEqual({ subtotal: 2420, discount: 242, shipping: 605, shippingDiscount: 0, tax: 483, total: 2783 });
  });

  it('adds up an empty cart to zero', () => {
    const result = totals({ lines: [], discounts: [pct('TEN', 1000), fixed('FIVE', 500)] });
    expect(result).toMatchObject({ subtotal: 0, discountTotal: 0, taxTotal: 0, total: 0, lines: [] });
  });

  it('rounds tax half away from zero, exactly, even past 2^53', () => {
    expect(taxOn(200, { ratePpm: 25_000, pricesIncludeTax: false })).toBe(5);
    expect(taxOn(20, { ratePpm: 25_000, pricesIncludeTax: false })).toBe(1); // 0.5 → 1
    expect(taxOn(121, { ratePpm: 210_000, pricesIncludeTax: true })).toBe(21);
    expect(taxOn(9_000_000_000_000, { ratePpm: 88_750, pricesIncludeTax: false })).toBe(798_750_000_000);
  });

  it('refuses input that no caller should send', () => {
    const bad: Partial<CartTotalsInput>[] = [
      { currency: 'eur' },
      { lines: [line('a', 1.5)] },
      { lines: [line('a', -1)] },
      { lines: [line('a', 100, 0)] },
      { lines: [line('a', 100)], discounts: [pct('X', 10_001)] },
      { lines: [line('a', 100)], discounts: [fixed('X', -5)] },
      { lines: [line('a', 100)], shipping: { amount: -1 } },
      { lines: [line('a', 100)], tax: { ...NL_VAT, ratePpm: 1_000_001 } },
    ];
    for (const input of bad) expect(() => totals({ lines: [], ...input })).toThrow(MoneyError);
  });
});

function pct(code: string, basisPoints: number): Discount {
  return { code, kind: 'percentage', value: basisPoints };
}

function fixed(code: string, amount: number): Discount {
  return { code, kind: 'fixed', value: amount };
}
