import type { StoreInfoView } from '@tillpoint/sdk';
import { createAnonymousClient } from './api';
import { rememberedOrNull } from './remembered';

/** Store settings change rarely; a minute of caching spares the API a call on every page view. */
const CACHE_TTL_MS = 60_000;

/** Shown when the API has never answered since this server started. */
export const FALLBACK_STORE: StoreInfoView = { name: 'Store', currency: 'EUR', country: 'NL', colour: '#292524', storefrontUrl: '' };

/** The store's public settings, or null when the API cannot be reached and nothing is cached. */
export const loadStoreInfo = rememberedOrNull(CACHE_TTL_MS, 'store info', () => createAnonymousClient().storeGetInfo());
