import type { StoreInfoView } from '@tillpoint/sdk';
import { createAnonymousClient } from './api';

/** Store settings change rarely; a minute of caching spares the API a call on every page view. */
const CACHE_TTL_MS = 60_000;

/** Shown when the API has never answered since this server started. */
export const FALLBACK_STORE: StoreInfoView = { name: 'Store', currency: 'EUR', colour: '#292524', storefrontUrl: '' };

let cached: { info: StoreInfoView; expiresAt: number } | undefined;

/** The store's public settings, or null when the API cannot be reached and nothing is cached. */
export async function loadStoreInfo(): Promise<StoreInfoView | null> {
  if (cached && cached.expiresAt > Date.now()) return cached.info;
  try {
    const info = await createAnonymousClient().storeGetInfo();
    cached = { info, expiresAt: Date.now() + CACHE_TTL_MS };
    return info;
  } catch (error) {
    console.error('Could not load store info:', error instanceof Error ? error.message : error);
    // A slightly stale name and colour are better than an error page.
    return cached?.info ?? null;
  }
}
