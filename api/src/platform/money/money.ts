/**
 * Money is an integer amount in the currency's minor units plus its ISO 4217 code: never a float.
 * Every rounding and every split of an amount across parts happens here, so totals add up to the cent.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** ISO 4217 minor units where they are not 2. */
const MINOR_UNITS: Record<string, number> = {
  BHD: 3,
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

export class MoneyError extends Error {}

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value);
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new MoneyError(`amount must be a safe integer, got ${amount}`);
  if (!isCurrencyCode(currency)) throw new MoneyError(`currency must be an ISO 4217 code, got ${currency}`);
  return { amount, currency };
}

export function zero(currency: string): Money {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new MoneyError(`cannot combine ${a.currency} with ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function sum(items: readonly Money[], currency: string): Money {
  return items.reduce((total, item) => add(total, item), zero(currency));
}

export function multiply(a: Money, quantity: number): Money {
  if (!Number.isInteger(quantity)) throw new MoneyError(`quantity must be an integer, got ${quantity}`);
  return money(a.amount * quantity, a.currency);
}

/** Rounds half away from zero: 2.5 → 3, −2.5 → −3 (what shoppers and tax tables expect). */
export function roundHalfUp(value: number): number {
  const rounded = Math.round(Math.abs(value) + Number.EPSILON * Math.abs(value));
  return value < 0 ? -rounded : rounded;
}

/**
 * A share of an amount in basis points (1 % = 100 bp), rounded once. Integer arithmetic avoids
 * float drift: 19.99 × 15 % is computed as 1999 × 1500 / 10000.
 */
export function percentage(a: Money, basisPoints: number): Money {
  if (!Number.isInteger(basisPoints)) throw new MoneyError(`basis points must be an integer, got ${basisPoints}`);
  return money(roundHalfUp((a.amount * basisPoints) / 10_000), a.currency);
}

/**
 * Splits an amount across parts in proportion to their weights by the largest-remainder method: the
 * parts always sum to the amount exactly, and the leftover cents go to the largest remainders (ties to
 * the earlier part), so a discount spread over cart lines never loses or invents a cent.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) return [];
  if (weights.some((w) => w < 0 || !Number.isFinite(w))) throw new MoneyError('weights must be finite and >= 0');
  const weightSum = weights.reduce((s, w) => s + w, 0);
  if (weightSum === 0)
    return allocate(
      total,
      weights.map(() => 1),
    );
  const sign = total.amount < 0 ? -1 : 1;
  const absolute = Math.abs(total.amount);
  const exact = weights.map((w) => (absolute * w) / weightSum);
  const floors = exact.map(Math.floor);
  let leftover = absolute - floors.reduce((s, f) => s + f, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - floors[index] }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (leftover === 0) break;
    floors[index] += 1;
    leftover -= 1;
  }
  return floors.map((amount) => money(sign * amount, total.currency));
}

/** For emails and logs; the storefront formats with Intl in the shopper's locale. */
export function formatMoney(value: Money, locale = 'en'): string {
  const digits = minorUnits(value.currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value.amount / 10 ** digits);
}
