import type { TokenPair } from '@tillpoint/sdk';

const STORAGE_KEY = 'tillpoint.admin.session';

/** The staff member's tokens from the last visit, so a reload stays signed in. */
export function readStoredTokens(): TokenPair | null {
  try {
    return parseTokens(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null; // storage blocked (private mode, policy): the session just lasts for this page
  }
}

export function writeStoredTokens(tokens: TokenPair | null): void {
  try {
    if (tokens) localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Same as above: nothing to persist to.
  }
}

/**
 * Another tab refreshed or ended the session. Refresh tokens are single-use and a reused one ends the
 * whole session, so every tab must spend the newest one.
 */
export function onOtherTabTokens(listener: (tokens: TokenPair | null) => void): () => void {
  const handle = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener(parseTokens(event.newValue));
  };
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}

function parseTokens(raw: string | null): TokenPair | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { accessToken, refreshToken } = value as Record<string, unknown>;
    return typeof accessToken === 'string' && typeof refreshToken === 'string' ? { accessToken, refreshToken } : null;
  } catch {
    return null;
  }
}
