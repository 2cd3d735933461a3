/**
 * The one place that decides what a variant costs right now. Listings, product pages and carts all read
 * the prices this computes (stored per variant and currency), so what a shopper sees is what they pay.
 */
import { percentage } from '../platform/money/money';

export type SaleDiscount = { type: 'percentage'; basisPoints: number } | { type: 'fixed'; amount: number; currency: string };

export interface Sale {
  id: string;
  discount: SaleDiscount;
  startsAt: Date | null;
  endsAt: Date | null;
}

export interface CurrentPrice {
  amount: number;
  /** What it costs without the sale (or the compare-at price), shown struck through; null when not reduced. */
  wasAmount: number | null;
  /** The sale that set the price, if one did. */
  saleId: string | null;
  /** Whole percent off the was-price, rounded down so it never overstates the saving. */
  discountPercent: number;
}

/** A sale is in force from its start (inclusive) to its end (exclusive); a missing bound is open. */
export function isInForce(sale: Pick<Sale, 'startsAt' | 'endsAt'>, now: Date): boolean {
  return (!sale.startsAt || sale.startsAt <= now) && (!sale.endsAt || now < sale.endsAt);
}

/** The price after one sale, never below zero. A fixed discount only applies to prices in its currency. */
export function discountedAmount(base: number, currency: string, discount: SaleDiscount): number {
  if (discount.type === 'percentage') return Math.max(0, base - percentage({ amount: base, currency }, discount.basisPoints).amount);
  if (discount.currency !== currency) return base;
  return Math.max(0, base - discount.amount);
}

/**
 * The current price from the base price, an optional compare-at price and the sales that apply to the
 * variant and are in force. Overlapping sales do not stack: the shopper gets the lowest price any one
 * of them gives (ties go to the sale with the smallest id, so the answer never flickers).
 */
export function currentPrice(base: number, currency: string, compareAt: number | null, sales: readonly Sale[]): CurrentPrice {
  let amount = base;
  let saleId: string | null = null;
  for (const sale of [...sales].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const candidate = discountedAmount(base, currency, sale.discount);
    if (candidate < amount) {
      amount = candidate;
      saleId = sale.id;
    }
  }
  const reference = Math.max(base, compareAt ?? 0);
  const wasAmount = reference > amount ? reference : null;
  const discountPercent = wasAmount ? Math.floor(((wasAmount - amount) * 100) / wasAmount) : 0;
  return { amount, wasAmount, saleId, discountPercent };
}

export interface SaleScope {
  appliesTo: 'all' | 'categories' | 'collections' | 'products';
  targetIds: ReadonlySet<string>;
}

export interface ProductPlacement {
  productId: string;
  /** The product's category and every ancestor of it: a sale on "Clothing" covers "Clothing › Knitwear". */
  categoryIds: readonly string[];
  collectionIds: readonly string[];
}

export function saleCovers(scope: SaleScope, product: ProductPlacement): boolean {
  switch (scope.appliesTo) {
    case 'all':
      return true;
    case 'products':
      return scope.targetIds.has(product.productId);
    case 'categories':
      return product.categoryIds.some((id) => scope.targetIds.has(id));
    case 'collections':
      return product.collectionIds.some((id) => scope.targetIds.has(id));
  }
}
