import { formatMoney, minorUnits } from './money';

export const SORT_OPTIONS = [
  { value: 'relevance', label: 'Most relevant' },
  { value: 'newest', label: 'Newest' },
  { value: 'best_selling', label: 'Best selling' },
  { value: 'price_asc', label: 'Price: low to high' },
  { value: 'price_desc', label: 'Price: high to low' },
] as const;

export type SortOrder = (typeof SORT_OPTIONS)[number]['value'];

/** What a listing page shows whatever the shopper filters: a category, a collection, the sale, a search. */
export interface ListingScope {
  category?: string;
  collection?: string;
  onSale?: boolean;
  /** Search pages send `q`, rank by relevance and offer categories as a filter. */
  search?: boolean;
  defaultSort: SortOrder;
}

/** The shopper's choices, as the query string carries them. */
export interface ListingFilters {
  q: string;
  /** A category chosen as a filter (search, collections, sale); category pages use their path instead. */
  category: string | null;
  /** Whole currency units as typed ("20", "49.90"), not minor units. */
  priceMin: number | null;
  priceMax: number | null;
  inStock: boolean;
  onSale: boolean;
  /** "Size:M", "Colour:Navy" */
  options: string[];
  tags: string[];
  sort: SortOrder | null;
  cursor: string | null;
  /** Which page the cursor leads to, for "Page 2 of 4"; only shown, never sent to the API. */
  page: number;
}

export interface FilterChip {
  label: string;
  /** The same listing without this filter. */
  href: string;
}

/** Short, readable names for the query string: `?option=Size:M&min=20&stock=1`. */
export const FILTER_PARAMS = {
  q: 'q',
  category: 'category',
  priceMin: 'min',
  priceMax: 'max',
  inStock: 'stock',
  onSale: 'sale',
  options: 'option',
  tags: 'tag',
  sort: 'sort',
  cursor: 'cursor',
  page: 'page',
} as const;

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OPTION = /^[^:,]{1,60}:[^,]{1,60}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,500}$/;
const MAX_VALUES = 30;

export function readListingFilters(params: URLSearchParams): ListingFilters {
  const category = params.get(FILTER_PARAMS.category);
  const sort = params.get(FILTER_PARAMS.sort);
  const cursor = params.get(FILTER_PARAMS.cursor);
  let priceMin = readPrice(params.get(FILTER_PARAMS.priceMin));
  let priceMax = readPrice(params.get(FILTER_PARAMS.priceMax));
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin];
  return {
    q: (params.get(FILTER_PARAMS.q) ?? '').trim().slice(0, 200),
    category: category && HANDLE.test(category) ? category : null,
    priceMin,
    priceMax,
    inStock: params.get(FILTER_PARAMS.inStock) === '1',
    onSale: params.get(FILTER_PARAMS.onSale) === '1',
    options: distinct(params.getAll(FILTER_PARAMS.options).filter((o) => OPTION.test(o))),
    tags: distinct(params.getAll(FILTER_PARAMS.tags).filter((t) => t.length > 0 && t.length <= 60 && !t.includes(','))),
    sort: SORT_OPTIONS.some((o) => o.value === sort) ? (sort as SortOrder) : null,
    cursor: cursor && CURSOR.test(cursor) ? cursor : null,
    page: cursor ? Math.min(Math.max(Number.parseInt(params.get(FILTER_PARAMS.page) ?? '', 10) || 2, 2), 10_000) : 1,
  };
}

/** The sort orders a page offers: relevance only ranks search results. */
export function sortOptionsFor(scope: ListingScope): (typeof SORT_OPTIONS)[number][] {
  return SORT_OPTIONS.filter((o) => scope.search || o.value !== 'relevance');
}

export function effectiveSort(scope: ListingScope, filters: ListingFilters): SortOrder {
  return filters.sort && sortOptionsFor(scope).some((o) => o.value === filters.sort) ? filters.sort : scope.defaultSort;
}

/** The API's filter parameters (shared by the listing and its facets) for this page and these choices. */
export function apiFilterQuery(scope: ListingScope, filters: ListingFilters, currency: string) {
  return {
    category: scope.category ?? filters.category ?? undefined,
    collection: scope.collection,
    q: scope.search && filters.q ? filters.q : undefined,
    priceMin: filters.priceMin !== null ? toMinor(filters.priceMin, currency) : undefined,
    priceMax: filters.priceMax !== null ? toMinor(filters.priceMax, currency) : undefined,
    inStock: filters.inStock || undefined,
    onSale: scope.onSale || filters.onSale || undefined,
    tags: filters.tags.length > 0 ? filters.tags.join(',') : undefined,
    options: filters.options.length > 0 ? filters.options.join(',') : undefined,
    currency,
  };
}

/** The listing at `path` with these choices changed; any change of filter starts again at page one. */
export function listingHref(path: string, filters: ListingFilters, change: Partial<ListingFilters> = {}): string {
  const query = toSearchParams({ ...filters, cursor: null, page: 1, ...change }).toString();
  return query ? `${path}?${query}` : path;
}

/** The page after this one, by the API's keyset cursor. */
export function nextPageHref(path: string, filters: ListingFilters, nextCursor: string): string {
  return listingHref(path, filters, { cursor: nextCursor, page: filters.page + 1 });
}

/** How many filters are on (a price range counts once), for the "Filters (3)" badge. */
export function activeFilterCount(filters: ListingFilters): number {
  return (
    Number(filters.category !== null) +
    Number(filters.priceMin !== null || filters.priceMax !== null) +
    Number(filters.inStock) +
    Number(filters.onSale) +
    filters.options.length +
    filters.tags.length
  );
}

export function hasActiveFilters(filters: ListingFilters): boolean {
  return activeFilterCount(filters) > 0;
}

/** The same listing with every filter removed; the search words and the sort order stay. */
export function clearFiltersHref(path: string, filters: ListingFilters): string {
  return listingHref(path, { ...NO_FILTERS, q: filters.q, sort: filters.sort });
}

/** One removable chip per active filter. */
export function activeFilterChips(
  path: string,
  filters: ListingFilters,
  currency: string,
  categoryName: (handle: string) => string,
): FilterChip[] {
  const chips: FilterChip[] = [];
  const without = (change: Partial<ListingFilters>) => listingHref(path, filters, change);
  if (filters.category) chips.push({ label: categoryName(filters.category), href: without({ category: null }) });
  if (filters.priceMin !== null || filters.priceMax !== null) {
    chips.push({ label: priceRangeLabel(filters.priceMin, filters.priceMax, currency), href: without({ priceMin: null, priceMax: null }) });
  }
  if (filters.inStock) chips.push({ label: 'In stock', href: without({ inStock: false }) });
  if (filters.onSale) chips.push({ label: 'On sale', href: without({ onSale: false }) });
  for (const option of filters.options) {
    chips.push({ label: option.replace(':', ': '), href: without({ options: filters.options.filter((o) => o !== option) }) });
  }
  for (const tag of filters.tags) chips.push({ label: `Tag: ${tag}`, href: without({ tags: filters.tags.filter((t) => t !== tag) }) });
  return chips;
}

/** Whole currency units to the API's minor units: 49.9 EUR → 4990. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorUnits(currency));
}

/** Minor units to whole units for a price input, rounded outwards so the bound still includes the price. */
export function toMajor(minor: number, currency: string, round: (n: number) => number): number {
  return round(minor / 10 ** minorUnits(currency));
}

const NO_FILTERS: ListingFilters = {
  q: '',
  category: null,
  priceMin: null,
  priceMax: null,
  inStock: false,
  onSale: false,
  options: [],
  tags: [],
  sort: null,
  cursor: null,
  page: 1,
};

function toSearchParams(filters: ListingFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set(FILTER_PARAMS.q, filters.q);
  if (filters.category) params.set(FILTER_PARAMS.category, filters.category);
  if (filters.priceMin !== null) params.set(FILTER_PARAMS.priceMin, String(filters.priceMin));
  if (filters.priceMax !== null) params.set(FILTER_PARAMS.priceMax, String(filters.priceMax));
  if (filters.inStock) params.set(FILTER_PARAMS.inStock, '1');
  if (filters.onSale) params.set(FILTER_PARAMS.onSale, '1');
  for (const option of filters.options) params.append(FILTER_PARAMS.options, option);
  for (const tag of filters.tags) params.append(FILTER_PARAMS.tags, tag);
  if (filters.sort) params.set(FILTER_PARAMS.sort, filters.sort);
  if (filters.cursor) {
    params.set(FILTER_PARAMS.cursor, filters.cursor);
    params.set(FILTER_PARAMS.page, String(filters.page));
  }
  return params;
}

function readPrice(raw: string | null): number | null {
  if (!raw?.trim()) return null;
  const value = Number(raw.trim().replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value < 1e9 ? value : null;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].slice(0, MAX_VALUES);
}

function priceRangeLabel(min: number | null, max: number | null, currency: string): string {
  const money = (major: number) => formatMoney({ amount: toMinor(major, currency), currency }, { dropZeroFraction: true });
  if (min !== null && max !== null) return `${money(min)} – ${money(max)}`;
  return min !== null ? `From ${money(min)}` : `Up to ${money(max ?? 0)}`;
}
