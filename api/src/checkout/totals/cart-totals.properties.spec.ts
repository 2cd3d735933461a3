import fc from 'fast-check';
import { calculateCartTotals, CartTotals, CartTotalsInput, Discount, taxOn } from './cart-totals';

/** The invariants of the totals, for any cart fast-check can think of. */
describe('cart totals, for any cart', () => {
  const discountArb: fc.Arbitrary<Discount> = fc.oneof(
    fc.integer({ min: 0, max: 10_000 }).map((value) => pct('P', value)),
    fc.nat({ max: 500_000 }).map((value) => fixed('F', value)),
    fc.constant<Discount>({ code: 'S', kind: 'free_shipping', value: 0 }),
  );
  const inputArb: fc.Arbitrary<CartTotalsInput> = fc.record({
    currency: fc.constantFrom('EUR', 'USD', 'JPY', 'KWD'),
    lines: fc.array(
      fc.record({
        lineId: fc.uuid(),
        unitPrice: fc.nat({ max: 1_000_000 }),
        wasUnitPrice: fc.option(fc.nat({ max: 2_000_000 }), { nil: null }),
        quantity: fc.integer({ min: 1, max: 50 }),
        taxable: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    discounts: fc.array(discountArb, { maxLength: 3 }),
    shipping: fc.option(fc.record({ amount: fc.nat({ max: 50_000 }) }), { nil: null }),
    tax: fc.record({
      ratePpm: fc.oneof(fc.constantFrom(0, 50_000, 88_750, 190_000, 210_000), fc.integer({ min: 0, max: 1_000_000 })),
      pricesIncludeTax: fc.boolean(),
      display: fc.constantFrom('inclusive' as const, 'exclusive' as const),
      taxShipping: fc.boolean(),
    }),
  });
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const property = (check: (input: CartTotalsInput, result: CartTotals) => void) =>
    fc.assert(
      fc.property(inputArb, (input) => check(input, calculateCartTotals(input))),
      { numRuns: 300 },
    );

  it('splits the discount so the line discounts add up to it exactly', () =>
    property((_, r) => {
      expect(sum(r.lines.map((l) => l.discount))).toBe(r.discountTotal);
      expect(sum(r.discounts.filter((d) => d.kind !== 'free_shipping').map((d) => d.amount))).toBe(r.discountTotal);
      expect(sum(r.discounts.filter((d) => d.kind === 'free_shipping').map((d) => d.amount))).toBe(r.shippingDiscount);
    }));

  it('splits the tax so the line taxes and the shipping tax add up to it exactly', () =>
    property((input, r) => {
      expect(sum(r.lines.map((l) => l.tax)) + r.shippingTax).toBe(r.taxTotal);
      r.lines.forEach((l, i) => {
        if (!input.lines[i].taxable) expect([l.tax, l.taxableAmount]).toEqual([0, 0]);
      });
      if (!input.tax.taxShipping) expect(r.shippingTax).toBe(0);
    }));

  it('charges the rate on the taxed total, rounded once', () =>
    property((input, r) => {
      const taxedLines = sum(r.lines.map((l, i) => (input.lines[i].taxable ? l.subtotal - l.discount : 0)));
      const taxedShipping = input.tax.taxShipping ? r.shipping - r.shippingDiscount : 0;
      expect(r.taxTotal).toBe(taxOn(taxedLines + taxedShipping, input.tax));
    }));

  it('makes the total subtotal − discount + shipping − shipping discount, plus tax when prices exclude it', () =>
    property((input, r) => {
      const beforeTax = r.subtotal - r.discountTotal + r.shipping - r.shippingDiscount;
      expect(r.total).toBe(input.tax.pricesIncludeTax ? beforeTax : beforeTax + r.taxTotal);
      expect(sum(r.lines.map((l) => l.total)) + r.shipping - r.shippingDiscount + (input.tax.pricesIncludeTax ? 0 : r.shippingTax)).toBe(
        r.total,
      );
    }));

  it('shows amounts that add up to the same total in the display basis', () =>
    property((input, r) => {
      const shown = r.shown.subtotal - r.shown.discount + r.shown.shipping - r.shown.shippingDiscount;
      expect(input.tax.display === 'inclusive' ? shown : shown + r.shown.tax).toBe(r.total);
      for (const l of r.lines) expect(l.shown.subtotal - l.shown.discount).toBe(l.shown.total);
    }));

  it('keeps every amount a whole, non-negative number, and no line discount above its line', () =>
    property((_, r) => {
      const amounts = [
        r.subtotal,
        r.discountTotal,
        r.shipping,
        r.shippingDiscount,
        r.shippingTax,
        r.taxTotal,
        r.total,
        ...Object.values(r.shown),
        ...r.lines.flatMap((l) => [
          l.subtotal,
          l.discount,
          l.taxableAmount,
          l.tax,
          l.total,
          l.shown.subtotal,
          l.shown.discount,
          l.shown.total,
        ]),
      ];
      for (const amount of amounts) expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
      for (const l of r.lines) expect(l.discount).toBeLessThanOrEqual(l.subtotal);
      expect(r.shippingDiscount).toBeLessThanOrEqual(r.shipping);
    }));

  it('never lets a percentage discount exceed the subtotal, nor move from its exact value by more than half a cent', () =>
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 10_000 }), (input, basisPoints) => {
        const r = calculateCartTotals({ ...input, discounts: [pct('P', basisPoints)] });
        expect(r.discountTotal).toBeLessThanOrEqual(r.subtotal);
        expect(Math.abs(r.discountTotal - (r.subtotal * basisPoints) / 10_000)).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 300 },
    ));

  it('keeps each line tax within one minor unit of its exact share', () =>
    property((input, r) => {
      const perMillion = input.tax.pricesIncludeTax ? input.tax.ratePpm / (1_000_000 + input.tax.ratePpm) : input.tax.ratePpm / 1_000_000;
      r.lines.forEach((l, i) => {
        const exact = input.lines[i].taxable ? (l.subtotal - l.discount) * perMillion : 0;
        expect(Math.abs(l.tax - exact)).toBeLessThan(1.5);
      });
    }));
});

function pct(code: string, basisPoints: number): Discount {
  return { code, kind: 'percentage', value: basisPoints };
}

function fixed(code: string, amount: number): Discount {
  return { code, kind: 'fixed', value: amount };
}
