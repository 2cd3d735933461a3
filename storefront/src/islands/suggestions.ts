import type { SuggestionsView } from '@tillpoint/sdk';

/** Fewer letters than this match too much to be worth a request. */
export const MIN_SUGGEST_LENGTH = 2;

export const suggestionsUrl = (q: string): string => `/api/suggestions?${new URLSearchParams({ q })}`;

/** A response body is trusted only once it has the fields the search box reads. */
export function isSuggestions(value: unknown): value is SuggestionsView {
  const body = value as Partial<SuggestionsView> | null;
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray(body.products) &&
    Array.isArray(body.categories) &&
    body.products.every((p) => typeof p?.handle === 'string' && typeof p.title === 'string' && typeof p.price?.amount === 'number') &&
    body.categories.every((c) => typeof c?.handle === 'string' && typeof c.name === 'string')
  );
}
