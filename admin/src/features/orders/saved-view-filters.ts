import type { SavedViewView } from '@tillpoint/sdk';
import { parseOrderSearch, type OrderSearch } from './order-search';

/** The filters as a view stores them: only those set, so the same filters always compare equal. */
export function toViewFilters(search: OrderSearch): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(search)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  ) as Record<string, string | number>;
}

/** A saved view's filters as the list takes them; a filter this admin no longer knows is dropped. */
export function searchOfView(view: SavedViewView): OrderSearch {
  return parseOrderSearch(view.filters);
}

export function isSameSearch(a: OrderSearch, b: OrderSearch): boolean {
  return JSON.stringify(toViewFilters(a)) === JSON.stringify(toViewFilters(b));
}
