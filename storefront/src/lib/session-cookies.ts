import type { TokenPair } from '@tillpoint/sdk';
import type { AstroCookies } from 'astro';

const ACCESS_COOKIE = 'tp_at';
const REFRESH_COOKIE = 'tp_rt';
/**
 * As long as the API's default refresh-token lifetime. A shorter API setting is fine: the refresh
 * then fails and the cookies are cleared.
 */
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function readSessionTokens(cookies: AstroCookies): TokenPair | null {
  const accessToken = cookies.get(ACCESS_COOKIE)?.value;
  const refreshToken = cookies.get(REFRESH_COOKIE)?.value;
  return accessToken && refreshToken ? { accessToken, refreshToken } : null;
}

/** Stores a new token pair, or clears the session when `tokens` is null. */
export function writeSessionTokens(cookies: AstroCookies, tokens: TokenPair | null, secure: boolean): void {
  if (!tokens) {
    cookies.delete(ACCESS_COOKIE, { path: '/' });
    cookies.delete(REFRESH_COOKIE, { path: '/' });
    return;
  }
  // Lax, not Strict: a shopper following a link from an email must arrive signed in.
  const options = { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: SESSION_MAX_AGE_SECONDS } as const;
  cookies.set(ACCESS_COOKIE, tokens.accessToken, options);
  cookies.set(REFRESH_COOKIE, tokens.refreshToken, options);
}
