import type { VariantSnapshot } from '../catalog/store/variant-snapshots.service';
import { Conflict, ValidationFailed } from '../platform/errors/domain-error';
import type { CartSettings } from './cart-settings';

export interface LineQuantity {
  variantId: string;
  quantity: number;
}

/** The cart's lines after one change, checked against the store's limits. `pointer` names the field at fault. */
export function assertWithinLimits(lines: readonly LineQuantity[], settings: CartSettings, pointer = '/quantity'): void {
  const over = lines.find((line) => line.quantity > settings.maxQuantityPerLine);
  if (over) {
    throw new ValidationFailed([{ pointer, detail: `must be at most ${settings.maxQuantityPerLine} of one item` }]);
  }
  if (lines.length > settings.maxLines) {
    throw new Conflict('cart_full', `A cart holds at most ${settings.maxLines} different items.`);
  }
  const units = lines.reduce((total, line) => total + line.quantity, 0);
  if (units > settings.maxItemsPerOrder) {
    throw new Conflict('cart_full', `An order holds at most ${settings.maxItemsPerOrder} items.`, [
      { pointer, detail: `would make ${units} items in the cart` },
    ]);
  }
}

export interface LineProblem {
  code: 'unknown_variant' | 'not_sold' | 'no_price' | 'insufficient_stock';
  detail: string;
}

/** Why a variant cannot go into a cart in that quantity, or null when it can. */
export function lineProblem(variant: VariantSnapshot | undefined, quantity: number): LineProblem | null {
  if (!variant) return { code: 'unknown_variant', detail: 'This product does not exist.' };
  if (!variant.active) return { code: 'not_sold', detail: 'This product is no longer sold.' };
  if (variant.unitPrice === null) return { code: 'no_price', detail: 'This product has no price in the cart currency.' };
  if (!variant.limitedByStock || variant.stock.available >= quantity) return null;
  const detail = variant.stock.available > 0 ? `Only ${variant.stock.available} left.` : 'This product is out of stock.';
  return { code: 'insufficient_stock', detail };
}

/** Guest lines folded into a customer's cart: quantities of the same variant add up, within one line's limit. */
export function mergeLines(into: readonly LineQuantity[], from: readonly LineQuantity[], maxQuantityPerLine: number): LineQuantity[] {
  const merged = new Map(into.map((line) => [line.variantId, line.quantity]));
  for (const line of from) merged.set(line.variantId, Math.min(maxQuantityPerLine, (merged.get(line.variantId) ?? 0) + line.quantity));
  return [...merged].map(([variantId, quantity]) => ({ variantId, quantity }));
}
