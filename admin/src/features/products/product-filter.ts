import { isProductStatus } from './product-status';
import type { ProductFilter } from './use-products';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The product list's filters from the address; anything unknown is dropped. */
export function parseProductFilter(search: Record<string, unknown>): ProductFilter {
  return {
    q: text(search.q),
    status: isProductStatus(search.status) ? search.status : undefined,
    categoryId: text(search.categoryId),
    collectionId: text(search.collectionId),
  };
}
