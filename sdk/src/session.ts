export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export type Surface = 'store' | 'admin';

const EARLY_REFRESH_SECONDS = 30;

/** The JWT payload, read without checking the signature (the server checks it; we only read `exp` and `aud`). */
function claims(token: string): { exp?: number; aud?: string } {
  try {
    const part = token.split('.')[1] ?? '';
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    return JSON.parse(globalThis.atob(base64)) as { exp?: number; aud?: string };
  } catch {
    return {};
  }
}

/** Which API surface issued a token: refresh and sign-out go back to it. */
export function surfaceOf(accessToken: string): Surface {
  return claims(accessToken).aud === 'admin' ? 'admin' : 'store';
}

/** A session's tokens, refreshed once however many requests need it at the same moment. */
export class Session {
  private inFlight: Promise<boolean> | null = null;

  constructor(
    private current: TokenPair | null,
    private readonly refresher: (surface: Surface, refreshToken: string) => Promise<TokenPair | null>,
    private readonly onChange?: (tokens: TokenPair | null) => void,
  ) {}

  get tokens(): TokenPair | null {
    return this.current;
  }

  set(tokens: TokenPair | null): void {
    this.current = tokens;
    this.onChange?.(tokens);
  }

  /** The access token to send, refreshed first when it is about to expire. */
  async accessToken(): Promise<string | undefined> {
    const exp = this.current ? claims(this.current.accessToken).exp : undefined;
    if (exp !== undefined && exp - EARLY_REFRESH_SECONDS <= Date.now() / 1000) await this.refresh();
    return this.current?.accessToken;
  }

  /** Spends the refresh token for a new pair; false (and signed out) when the session is over. */
  refresh(): Promise<boolean> {
    const tokens = this.current;
    if (!tokens) return Promise.resolve(false);
    this.inFlight ??= (async () => {
      const next = await this.refresher(surfaceOf(tokens.accessToken), tokens.refreshToken).catch(() => null);
      this.set(next);
      return next !== null;
    })().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }
}
