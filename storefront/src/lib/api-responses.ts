import { isProblemError } from '@tillpoint/sdk';

/** Personal answers (carts, payments, cards): never kept by a shared cache. */
const PRIVATE = { 'Cache-Control': 'private, no-store' };

export function jsonResponse(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: PRIVATE });
}

/**
 * The API's problem, passed on to the island as it came (status, code, detail, field errors), so the page
 * can place each message; anything else is the storefront's own "can't reach the store" problem.
 */
export function problemResponse(error: unknown, context: string): Response {
  if (isProblemError(error) && error.status < 500) {
    const { status, code, title, detail, errors } = error;
    return jsonResponse({ status, code, title, detail, errors }, status);
  }
  console.error(`${context}:`, error instanceof Error ? error.message : error);
  const detail = "We can't reach the store right now. Please try again in a moment.";
  return jsonResponse({ status: 502, code: 'upstream_unavailable', title: 'Service unavailable', detail, errors: [] }, 502);
}

/**
 * The JSON body of an island's request, or null. Only JSON is taken: a cross-site form cannot send it
 * without a CORS preflight, which this site never grants, so these routes need no CSRF token.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown> | null> {
  if (!request.headers.get('content-type')?.startsWith('application/json')) return null;
  const body: unknown = await request.json().catch(() => null);
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}

export const badRequest = (detail: string) =>
  jsonResponse({ status: 400, code: 'bad_request', title: 'Bad request', detail, errors: [] }, 400);

export function noCart(): Response {
  const detail = 'Your cart has expired or is empty. Add something to start a new one.';
  return jsonResponse({ status: 404, code: 'no_cart', title: 'No cart', detail, errors: [] }, 404);
}
