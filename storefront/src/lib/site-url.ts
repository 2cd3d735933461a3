import type { StoreInfoView } from '@tillpoint/sdk';

/**
 * The storefront's public address for canonical links, Open Graph and the sitemap: the one configured in
 * the API (STOREFRONT_URL), so a proxy or a second host name never becomes canonical; else this request's.
 */
export function siteBase(store: StoreInfoView, requestUrl: URL): string {
  try {
    if (store.storefrontUrl) return new URL(store.storefrontUrl).href.replace(/\/+$/, '');
  } catch {
    // Not a URL: fall through to the request's own origin.
  }
  return requestUrl.origin;
}

export function absoluteUrl(base: string, path: string): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
