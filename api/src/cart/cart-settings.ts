/** Limits and timings of carts, stored with the store's settings under `cart`. */
export interface CartSettings {
  /** Most units of one variant in a cart. */
  maxQuantityPerLine: number;
  /** Most different variants in a cart. */
  maxLines: number;
  /** Most units in one order, all lines together. */
  maxItemsPerOrder: number;
  /** How long stock stays reserved for a shopper who started paying. */
  reservationMinutes: number;
  /** A cart nobody touched for this long expires (its reservations are released). */
  idleDays: number;
}

export const CART_SETTINGS_KEY = 'cart';

export const DEFAULT_CART_SETTINGS: CartSettings = {
  maxQuantityPerLine: 10,
  maxLines: 50,
  maxItemsPerOrder: 100,
  reservationMinutes: 15,
  idleDays: 30,
};

const DAY_MS = 86_400_000;

/** How long a cart lives untouched, in milliseconds. */
export function idleMs(settings: Pick<CartSettings, 'idleDays'>): number {
  return settings.idleDays * DAY_MS;
}

/** When a cart touched now expires if nobody touches it again. */
export function idleExpiry(settings: Pick<CartSettings, 'idleDays'>, now = Date.now()): Date {
  return new Date(now + idleMs(settings));
}
