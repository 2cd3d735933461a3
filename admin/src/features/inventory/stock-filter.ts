import { isMovementKind } from './stock-labels';
import type { MovementFilter, StockFilter } from './use-stock';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export interface StockSearch extends StockFilter {
  /** The variant whose movement history is open beside the levels. */
  history?: string;
}

export function parseStockSearch(search: Record<string, unknown>): StockSearch {
  return {
    locationId: text(search.locationId),
    productId: text(search.productId),
    lowStock: search.lowStock === true || search.lowStock === 'true' ? true : undefined,
    history: text(search.history),
  };
}

export function parseMovementSearch(search: Record<string, unknown>): MovementFilter {
  return {
    variantId: text(search.variantId),
    locationId: text(search.locationId),
    kind: isMovementKind(search.kind) ? search.kind : undefined,
  };
}
