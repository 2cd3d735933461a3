const PLACEHOLDER_ORIGIN = 'http://storefront.invalid';

/**
 * A `?next=` target only when it stays on this site: a relative path, never `//host` or `/\host`,
 * which browsers would follow to another origin.
 */
export function safeNextPath(next: string | null | undefined): string | undefined {
  if (!next?.startsWith('/')) return undefined;
  try {
    const url = new URL(next, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
