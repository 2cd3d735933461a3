import { isProblemError, type BreadcrumbView, type FacetsView, type ProductCardView, type TillpointClient } from '@tillpoint/sdk';
import { apiFilterQuery, effectiveSort, hasActiveFilters, listingHref, type ListingFilters, type ListingScope } from './listing-filters';

/** Products per page: a multiple of 2, 3 and 4, so every grid row is full. */
export const PAGE_SIZE = 24;

export interface Listing {
  items: ProductCardView[];
  nextCursor: string | null;
  facets: FacetsView;
  /** Categories whose name matches the search words (search pages, first page only). */
  matchedCategories: BreadcrumbView[];
}

export type ListingOutcome =
  | { kind: 'listing'; listing: Listing }
  /** The filters or cursor were refused (an old link, a hand-edited URL): the same page without them. */
  | { kind: 'redirect'; location: string }
  | { kind: 'unavailable' };

/** One page of products plus the facet counts for the same filters, fetched side by side. */
export async function loadListing(
  api: TillpointClient,
  path: string,
  scope: ListingScope,
  filters: ListingFilters,
  currency: string,
): Promise<ListingOutcome> {
  const filterQuery = apiFilterQuery(scope, filters, currency);
  const pageQuery = { ...filterQuery, sort: effectiveSort(scope, filters), cursor: filters.cursor ?? undefined, limit: PAGE_SIZE };
  try {
    const [page, facets] = await Promise.all([
      scope.search
        ? api.storeSearch({ query: pageQuery })
        : api.storeListProducts({ query: pageQuery }).then((p) => ({ ...p, categories: [] })),
      api.storeListProductFacets({ query: filterQuery }),
    ]);
    // Matching categories are for the first page; later pages are only more products.
    const matchedCategories = filters.cursor ? [] : page.categories;
    return { kind: 'listing', listing: { items: page.items, nextCursor: page.nextCursor, facets, matchedCategories } };
  } catch (error) {
    if (isProblemError(error) && error.status === 400) {
      if (filters.cursor) return { kind: 'redirect', location: listingHref(path, filters, { cursor: null }) };
      if (hasActiveFilters(filters)) return { kind: 'redirect', location: listingHref(path, { ...filters, options: [], tags: [] }) };
    }
    console.error('Could not load a product listing:', error instanceof Error ? error.message : error);
    return { kind: 'unavailable' };
  }
}
