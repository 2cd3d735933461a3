/**
 * Everything a cart shows and an order stores, computed in one pure function: line subtotals, the
 * discount split across lines, shipping, tax and the total, all in integer minor units. No Nest, no
 * database: the cart, checkout and order screens call it with what they loaded and show what it says.
 */
import { allocate, isCurrencyCode, money, MoneyError, percentage } from '../../platform/money/money';

export type DiscountKind = 'percentage' | 'fixed' | 'free_shipping';

/**
 * A discount on the whole cart. `value` is in basis points for a percentage (1000 = 10 %), in minor
 * units of the cart's currency for a fixed amount, and unused for free shipping.
 */
export interface Discount {
  code: string;
  kind: DiscountKind;
  value: number;
}

/** Inclusive: show prices with tax. Exclusive: show prices before tax, and tax as a line of its own. */
export type TaxDisplay = 'inclusive' | 'exclusive';

export interface TaxInput {
  /** Parts per million: 21 % is 210_000, 8.875 % is 88_750. Exact for any rate with up to four decimals of a percent. */
  ratePpm: number;
  /** How prices are entered: with tax in them (EU) or before tax (US). */
  pricesIncludeTax: boolean;
  /** How the destination expects prices shown, whichever way they were entered. */
  display: TaxDisplay;
  taxShipping: boolean;
}

export interface CartLineInput {
  lineId: string;
  /** The current price of one unit, sales applied, as entered (with tax when prices include tax). */
  unitPrice: number;
  /** The price before the sale, shown struck through; null when not reduced. */
  wasUnitPrice: number | null;
  quantity: number;
  taxable: boolean;
}

export interface CartTotalsInput {
  currency: string;
  lines: readonly CartLineInput[];
  /**
   * Applied in order, each to what the ones before it left. A list on purpose: today a cart carries at
   * most one code, and the promotions engine will add its automatic discounts here without a new shape.
   */
  discounts?: readonly Discount[];
  /** Null until a shipping method is chosen. */
  shipping: { amount: number } | null;
  tax: TaxInput;
}

/** The amounts as the storefront should print them: with tax or before tax, as `display` says. */
export interface ShownLine {
  subtotal: number;
  wasSubtotal: number | null;
  discount: number;
  total: number;
}

export interface LineTotals {
  lineId: string;
  /** unitPrice × quantity, as entered. */
  subtotal: number;
  wasSubtotal: number | null;
  /** This line's share of the cart's discounts; the shares add up to `discountTotal` exactly. */
  discount: number;
  /** What tax is computed on: the discounted amount before tax; 0 for a line that is not taxed. */
  taxableAmount: number;
  tax: number;
  /** What the shopper pays for the line, tax included. */
  total: number;
  shown: ShownLine;
}

export interface AppliedDiscount {
  code: string;
  kind: DiscountKind;
  /** What it took off the lines, or off shipping for free shipping. */
  amount: number;
}

export interface CartTotals {
  currency: string;
  lines: LineTotals[];
  subtotal: number;
  discountTotal: number;
  shipping: number;
  shippingDiscount: number;
  /** The tax on shipping, part of `taxTotal`. */
  shippingTax: number;
  taxTotal: number;
  total: number;
  /** True when the total holds the tax (prices entered with tax); false when tax is added on top. */
  taxIncludedInPrices: boolean;
  display: TaxDisplay;
  taxRatePpm: number;
  discounts: AppliedDiscount[];
  /**
   * The same amounts in the display basis, so the storefront never rounds. Inclusive: subtotal − discount +
   * shipping − shippingDiscount = total, and `tax` is the "includes VAT" note. Exclusive: the same plus `tax` = total.
   */
  shown: { subtotal: number; discount: number; shipping: number; shippingDiscount: number; tax: number; total: number };
}

const MILLION = 1_000_000n;
export const MAX_BASIS_POINTS = 10_000;
export const MAX_RATE_PPM = 1_000_000;

/**
 * Tax is rounded once per cart, on the sum of the taxed amounts (lines after discount, and shipping
 * when it is taxed), and that one amount is split back across them by largest remainder. So the line
 * taxes always add up to the cart's tax, and the cart's tax is exactly the rate applied to the taxed
 * total, as an invoice shows it and an auditor recomputes it; rounding each line instead can drift a
 * cent per line (8.875 % of 19.98 + 24.50 + 5.00 rounds to 4.38 line by line, 4.39 on the total).
 */
export function calculateCartTotals(input: CartTotalsInput): CartTotals {
  checkInput(input);
  const { currency, tax } = input;
  const subtotals = input.lines.map((line) => line.unitPrice * line.quantity);
  const remaining = [...subtotals];
  const lineDiscounts = subtotals.map(() => 0);
  const shipping = input.shipping?.amount ?? 0;
  let shippingDiscount = 0;
  const applied: AppliedDiscount[] = [];

  for (const discount of input.discounts ?? []) {
    if (discount.kind === 'free_shipping') {
      const amount = shipping - shippingDiscount;
      shippingDiscount += amount;
      applied.push({ code: discount.code, kind: discount.kind, amount });
      continue;
    }
    const left = sumOf(remaining);
    // A percentage of at most 100 % and a fixed amount capped at what is left never take more than the lines hold.
    const amount =
      discount.kind === 'percentage' ? percentage(money(left, currency), discount.value).amount : Math.min(discount.value, left);
    allocate(money(amount, currency), remaining).forEach((share, i) => {
      remaining[i] -= share.amount;
      lineDiscounts[i] += share.amount;
    });
    applied.push({ code: discount.code, kind: discount.kind, amount });
  }

  // The taxed parts: each line after its discount, then shipping after its discount.
  const taxedLine = input.lines.map((line) => line.taxable && tax.ratePpm > 0);
  const shippingTaxed = tax.taxShipping && tax.ratePpm > 0;
  const shippingLeft = shipping - shippingDiscount;
  const bases = [...remaining.map((amount, i) => (taxedLine[i] ? amount : 0)), shippingTaxed ? shippingLeft : 0];
  const taxTotal = taxOn(sumOf(bases), tax);
  const taxes = allocate(money(taxTotal, currency), bases).map((share) => share.amount);
  const shippingTax = taxes[bases.length - 1];

  const includes = tax.pricesIncludeTax;
  const showInclusive = tax.display === 'inclusive';
  const lines = input.lines.map((line, i): LineTotals => {
    const lineTax = taxes[i];
    const total = includes ? remaining[i] : remaining[i] + lineTax;
    const shownTotal = showInclusive ? total : total - lineTax;
    const shownDiscount = shownAmount(lineDiscounts[i], taxedLine[i], tax);
    const wasSubtotal = line.wasUnitPrice === null ? null : line.wasUnitPrice * line.quantity;
    return {
      lineId: line.lineId,
      subtotal: subtotals[i],
      wasSubtotal,
      discount: lineDiscounts[i],
      taxableAmount: taxedLine[i] ? (includes ? remaining[i] - lineTax : remaining[i]) : 0,
      tax: lineTax,
      total,
      shown: {
        subtotal: shownTotal + shownDiscount,
        wasSubtotal: wasSubtotal === null ? null : shownAmount(wasSubtotal, taxedLine[i], tax),
        discount: shownDiscount,
        total: shownTotal,
      },
    };
  });

  const subtotal = sumOf(subtotals);
  const discountTotal = sumOf(lineDiscounts);
  const total = subtotal - discountTotal + shipping - shippingDiscount + (includes ? 0 : taxTotal);
  const shippingGross = includes ? shippingLeft : shippingLeft + shippingTax;
  const shownShippingLeft = showInclusive ? shippingGross : shippingGross - shippingTax;
  const shownShippingDiscount = shownAmount(shippingDiscount, shippingTaxed, tax);
  return {
    currency,
    lines,
    subtotal,
    discountTotal,
    shipping,
    shippingDiscount,
    shippingTax,
    taxTotal,
    total,
    taxIncludedInPrices: includes,
    display: tax.display,
    taxRatePpm: tax.ratePpm,
    discounts: applied,
    shown: {
      subtotal: sumOf(lines.map((line) => line.shown.subtotal)),
      discount: sumOf(lines.map((line) => line.shown.discount)),
      shipping: shownShippingLeft + shownShippingDiscount,
      shippingDiscount: shownShippingDiscount,
      tax: taxTotal,
      total,
    },
  };
}

/** The tax in an amount: extracted from it when prices include tax, added to it when they do not. */
export function taxOn(amount: number, tax: Pick<TaxInput, 'ratePpm' | 'pricesIncludeTax'>): number {
  const rate = BigInt(tax.ratePpm);
  return divideRoundingHalfUp(BigInt(amount) * rate, tax.pricesIncludeTax ? MILLION + rate : MILLION);
}

/** An amount as entered, turned into the display basis: tax taken out of it, or added to it. */
function shownAmount(amount: number, taxed: boolean, tax: TaxInput): number {
  const showInclusive = tax.display === 'inclusive';
  if (!taxed || showInclusive === tax.pricesIncludeTax) return amount;
  return showInclusive ? amount + taxOn(amount, tax) : amount - taxOn(amount, tax);
}

/**
 * Half away from zero, like `roundHalfUp` in the money module, but on exact integers: an amount times
 * a rate in parts per million passes 2^53 for a large cart in a currency such as VND or IDR.
 */
function divideRoundingHalfUp(numerator: bigint, denominator: bigint): number {
  const quotient = numerator / denominator;
  return Number(2n * (numerator % denominator) >= denominator ? quotient + 1n : quotient);
}

function sumOf(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Callers pass what they loaded from the database; a wrong value here is a bug, not a shopper's mistake. */
function checkInput(input: CartTotalsInput): void {
  const amount = (value: number, what: string) => {
    if (!Number.isSafeInteger(value) || value < 0) throw new MoneyError(`${what} must be a whole number of minor units >= 0, got ${value}`);
  };
  if (!isCurrencyCode(input.currency)) throw new MoneyError(`currency must be an ISO 4217 code, got ${input.currency}`);
  for (const line of input.lines) {
    amount(line.unitPrice, `unitPrice of line ${line.lineId}`);
    if (line.wasUnitPrice !== null) amount(line.wasUnitPrice, `wasUnitPrice of line ${line.lineId}`);
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) throw new MoneyError(`quantity of line ${line.lineId} must be >= 1`);
    amount(line.unitPrice * line.quantity, `subtotal of line ${line.lineId}`);
  }
  amount(sumOf(input.lines.map((line) => line.unitPrice * line.quantity)), 'subtotal');
  if (input.shipping) amount(input.shipping.amount, 'shipping');
  for (const discount of input.discounts ?? []) {
    if (discount.kind === 'percentage' && !(Number.isInteger(discount.value) && discount.value >= 0 && discount.value <= MAX_BASIS_POINTS))
      throw new MoneyError(`percentage of ${discount.code} must be 0..${MAX_BASIS_POINTS} basis points`);
    if (discount.kind === 'fixed') amount(discount.value, `amount of ${discount.code}`);
  }
  const { ratePpm } = input.tax;
  if (!Number.isInteger(ratePpm) || ratePpm < 0 || ratePpm > MAX_RATE_PPM) throw new MoneyError(`ratePpm must be 0..${MAX_RATE_PPM}`);
}
