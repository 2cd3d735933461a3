import type { SuggestionsView } from '@tillpoint/sdk';
import type { APIRoute } from 'astro';

const MIN_QUERY_LENGTH = 2;
const NONE: SuggestionsView = { products: [], categories: [] };

/** Search suggestions for the header's search box, asked of the API server-side so the browser stays same-origin. */
export const GET: APIRoute = async ({ url, locals }) => {
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  if (q.length < MIN_QUERY_LENGTH) return json(NONE, 200);
  try {
    return json(await locals.api.storeSearchSuggestions({ query: { q, currency: locals.store.currency } }), 200);
  } catch (error) {
    console.error('Could not load search suggestions:', error instanceof Error ? error.message : error);
    return json(NONE, 502);
  }
};

function json(body: SuggestionsView, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': status === 200 ? 'public, max-age=60' : 'no-store' },
  });
}
