import { isProblemError, type CustomerView, type TillpointClient } from '@tillpoint/sdk';
import { defineMiddleware } from 'astro:middleware';
import { createShopperClient } from './lib/api';
import { readSessionTokens, writeSessionTokens } from './lib/session-cookies';
import { FALLBACK_STORE, loadStoreInfo } from './lib/store-info';

export const onRequest = defineMiddleware(async (context, next) => {
  const { cookies, url, locals } = context;
  const secure = url.protocol === 'https:';
  // The JSON endpoints and crawler files are the same for everyone: they ask the API without the session.
  const personal = !PUBLIC_DATA_ROUTE.test(url.pathname);
  locals.api = createShopperClient({
    tokens: personal ? readSessionTokens(cookies) : null,
    onTokens: (tokens) => writeSessionTokens(cookies, tokens, secure),
    clientAddress: clientAddressOf(context),
  });

  // The customer is loaded here, before rendering starts, and not lazily from the layout: a refresh
  // spends the old refresh token, and the new pair must reach the cookies before the page streams.
  const [store, session] = await Promise.all([loadStoreInfo(), locals.api.tokens ? loadCustomer(locals.api) : SIGNED_OUT]);
  locals.store = store ?? FALLBACK_STORE;
  locals.customer = session.customer;
  locals.apiReachable = store !== null && session.reachable;

  const response = await next();
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  // Account, cart and checkout pages show personal details: no shared cache may keep them.
  if (PERSONAL_PAGE.test(url.pathname) || locals.customer) response.headers.set('Cache-Control', 'private, no-store');
  return response;
});

interface SessionState {
  customer: CustomerView | null;
  reachable: boolean;
}

const SIGNED_OUT: SessionState = { customer: null, reachable: true };

/**
 * Public, shopper-independent responses (product delivery options, suggestions, sitemap.xml.ts and
 * robots.txt.ts). The cart, checkout and payment routes under pages/api are personal, and so is a guest's
 * order found under /orders.
 */
const PERSONAL_PAGE = /^\/(?:account|cart|checkout|orders)(?:\/|$)/;
const PUBLIC_DATA_ROUTE = /^\/(?:api\/(?:products|suggestions)(?:\/|$)|sitemap\.xml$|robots\.txt$)/;

async function loadCustomer(api: TillpointClient): Promise<SessionState> {
  try {
    return { customer: await api.storeGetMe(), reachable: true };
  } catch (error) {
    if (isProblemError(error) && error.status === 401) {
      api.setTokens(null); // revoked or expired for good: forget it
      return SIGNED_OUT;
    }
    console.error('Could not load the signed-in customer:', error instanceof Error ? error.message : error);
    return { customer: null, reachable: false };
  }
}

function clientAddressOf(context: { clientAddress: string }): string | undefined {
  try {
    return context.clientAddress;
  } catch {
    return undefined; // not every adapter or request knows it
  }
}
