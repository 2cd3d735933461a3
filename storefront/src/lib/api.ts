import { createClient, type TillpointClient, type TokenPair } from '@tillpoint/sdk';
import { API_URL } from 'astro:env/server';

/** A page waits this long for the API before showing the "can't reach the store" state instead of hanging. */
const API_TIMEOUT_MS = 8_000;
const REFRESH_ROUTE = /\/store\/auth\/refresh$/;

const baseUrl = API_URL.replace(/\/+$/, '');

export interface ShopperClientOptions {
  tokens: TokenPair | null;
  onTokens: (tokens: TokenPair | null) => void;
  /** The shopper's address, so the API's per-address sign-in throttle (with TRUST_PROXY) sees shoppers, not this server. */
  clientAddress?: string;
}

/** The API client for one request, carrying that shopper's tokens. */
export function createShopperClient({ tokens, onTokens, clientAddress }: ShopperClientOptions): TillpointClient {
  // The SDK ends the session whenever a refresh fails. When the API was merely down or overloaded the
  // refresh token is still good, so the cookies stay and the shopper is signed in again once it is back.
  let refreshFailedTransiently = false;
  return createClient({
    baseUrl,
    tokens,
    headers: clientAddress ? { 'X-Forwarded-For': clientAddress } : undefined,
    fetch: async (input, init) => {
      const isRefresh = REFRESH_ROUTE.test(input instanceof Request ? input.url : String(input));
      try {
        const response = await fetchWithTimeout(input, init);
        if (isRefresh && (response.status === 429 || response.status >= 500)) refreshFailedTransiently = true;
        return response;
      } catch (error) {
        if (isRefresh) refreshFailedTransiently = true;
        throw error;
      }
    },
    onTokens: (next) => {
      if (next === null && refreshFailedTransiently) return;
      onTokens(next);
    },
  });
}

/** A client without a shopper, for public data that is the same for everyone. */
export function createAnonymousClient(): TillpointClient {
  return createClient({ baseUrl, fetch: fetchWithTimeout });
}

function fetchWithTimeout(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return fetch(input, { ...init, signal: AbortSignal.timeout(API_TIMEOUT_MS) });
}
