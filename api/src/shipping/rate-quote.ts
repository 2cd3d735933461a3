import { type Money, zero } from '../platform/money/money';

export const SHIPPING_METHOD_KINDS = ['standard', 'express', 'pickup'] as const;
export type ShippingMethodKind = (typeof SHIPPING_METHOD_KINDS)[number];

export const RATE_TYPES = ['flat', 'weight'] as const;
export type RateType = (typeof RATE_TYPES)[number];

/** One weight bracket: parcels up to and including `upToGrams` cost `amount`. */
export interface WeightRate {
  upToGrams: number;
  amount: Money;
}

/** What pricing needs of a shipping method. */
export interface RateRule {
  currency: string;
  rateType: RateType;
  flatAmount: Money | null;
  /** Ascending by `upToGrams`. */
  weightRates: readonly WeightRate[];
  freeOverAmount: Money | null;
}

/** What is being sent: one item on a product page, or a whole cart at checkout. */
export interface Parcel {
  weightGrams: number;
  subtotal: Money;
}

/**
 * The price of sending the parcel with this method, or null when the method cannot carry it: heavier
 * than its last weight bracket, or priced in another currency than the subtotal. Free (zero) once the
 * subtotal reaches the free-over threshold.
 */
export function quoteRate(method: RateRule, parcel: Parcel): Money | null {
  if (!Number.isFinite(parcel.weightGrams) || parcel.weightGrams < 0) {
    throw new RangeError(`weight must be a number of grams >= 0, got ${parcel.weightGrams}`);
  }
  if (parcel.subtotal.currency !== method.currency) return null;
  const price = method.rateType === 'flat' ? method.flatAmount : bracketFor(method.weightRates, parcel.weightGrams)?.amount;
  // A price in another currency is a misconfiguration (validation refuses it): never quote it as if it were ours.
  if (!price || price.currency !== method.currency) return null;
  const free = method.freeOverAmount;
  if (free && free.currency === parcel.subtotal.currency && parcel.subtotal.amount >= free.amount) return zero(method.currency);
  return price;
}

function bracketFor(rates: readonly WeightRate[], weightGrams: number): WeightRate | undefined {
  return rates.find((rate) => weightGrams <= rate.upToGrams);
}
