/**
 * What a shopper is told about stock. We never reveal how many we hold, except the "only 3 left" of a
 * low-stock variant, which is the point of saying it.
 */
export type AvailabilityStatus = 'in_stock' | 'low_stock' | 'out_of_stock' | 'backorder';

export interface Availability {
  status: AvailabilityStatus;
  /** The exact count for `low_stock` only; null otherwise. */
  available: number | null;
  /** 'YYYY-MM-DD' for `backorder` when the variant has an expected date; null otherwise. */
  expectedAt: string | null;
}

/** The inventory settings of a variant (columns of product_variants, which the catalog edits). */
export interface VariantStockSettings {
  trackInventory: boolean;
  allowBackorder: boolean;
  lowStockThreshold: number;
  backorderExpectedAt: string | null;
}

/**
 * Not tracked → in stock. More than the threshold → in stock. 1 up to the threshold → low stock with the
 * count. Nothing (or less: reservations can exceed what is on hand) → backorder when allowed, else out.
 */
export function variantAvailability(variant: VariantStockSettings, available: number): Availability {
  if (!variant.trackInventory || available > variant.lowStockThreshold) return { status: 'in_stock', available: null, expectedAt: null };
  if (available > 0) return { status: 'low_stock', available, expectedAt: null };
  if (variant.allowBackorder) return { status: 'backorder', available: null, expectedAt: dateOnly(variant.backorderExpectedAt) };
  return { status: 'out_of_stock', available: null, expectedAt: null };
}

const RANK: Record<AvailabilityStatus, number> = { in_stock: 3, low_stock: 2, backorder: 1, out_of_stock: 0 };

/**
 * The best any variant offers: in stock > low stock > backorder > out of stock. Among low-stock variants
 * the one with the most left; among backorders the earliest known date. No variants → out of stock.
 */
export function productAvailability(variants: Availability[]): Availability {
  let best: Availability = { status: 'out_of_stock', available: null, expectedAt: null };
  for (const candidate of variants) if (isBetter(candidate, best)) best = candidate;
  return { ...best };
}

function isBetter(candidate: Availability, best: Availability): boolean {
  if (RANK[candidate.status] !== RANK[best.status]) return RANK[candidate.status] > RANK[best.status];
  if (candidate.status === 'low_stock') return (candidate.available ?? 0) > (best.available ?? 0);
  if (candidate.status === 'backorder') {
    if (candidate.expectedAt === null) return false;
    return best.expectedAt === null || candidate.expectedAt < best.expectedAt;
  }
  return false;
}

/** The date part of an ISO date or timestamp; anything else is no date at all. */
function dateOnly(value: string | null): string | null {
  const match = value ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return match ? match[0] : null;
}
