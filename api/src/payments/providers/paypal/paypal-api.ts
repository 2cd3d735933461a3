import type { PayPalMode } from '../../settings/payment-settings';

export const PAYPAL_BASE_URLS: Record<PayPalMode, string> = {
  sandbox: 'https://api-m.sandbox.paypal.com',
  live: 'https://api-m.paypal.com',
};

/** A non-2xx answer of PayPal's REST API: `name` (UNPROCESSABLE_ENTITY...) and the first detail's `issue` (ORDER_ALREADY_CAPTURED...). */
export class PayPalApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: string | null,
    readonly issue: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'PayPalApiError';
  }
}

interface ErrorBody {
  name?: string;
  message?: string;
  error_description?: string;
  details?: { issue?: string }[];
}

/**
 * PayPal's documented REST API (Orders v2, Payments v2, webhook verification), called with fetch. The
 * official server SDK (2.5) has only its two fixed hosts and no webhook verification, so it can neither be
 * pointed at a local fake in tests nor do the whole job. Access tokens come from the OAuth 2.0
 * client-credentials grant and are reused until shortly before they expire.
 */
export class PayPalApi {
  private token: { value: string; expiresAt: number } | null = null;
  private pendingToken: Promise<string> | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly timeoutMs = 20_000,
  ) {}

  /** `requestId` becomes PayPal-Request-Id: PayPal answers a repeat with the first call's result. */
  async request<T>(method: 'GET' | 'POST', path: string, options: { body?: unknown; requestId?: string } = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.accessToken();
      const response = await this.send(path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          prefer: 'return=representation',
          ...(options.requestId ? { 'paypal-request-id': options.requestId } : {}),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      // A token revoked or expired early: fetch a new one, once.
      if (response.status === 401 && attempt === 1) {
        this.token = null;
        continue;
      }
      return this.read<T>(response);
    }
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    this.pendingToken ??= this.fetchToken().finally(() => (this.pendingToken = null));
    return this.pendingToken;
  }

  private async fetchToken(): Promise<string> {
    const response = await this.send('/v1/oauth2/token', {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const body = await this.read<{ access_token: string; expires_in: number }>(response);
    // Renewed a minute early, so a token never expires between being read and being used.
    this.token = { value: body.access_token, expiresAt: Date.now() + Math.max(0, body.expires_in - 60) * 1000 };
    return body.access_token;
  }

  private send(path: string, init: RequestInit): Promise<Response> {
    return fetch(`${this.baseUrl.replace(/\/+$/, '')}${path}`, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
  }

  private async read<T>(response: Response): Promise<T> {
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new PayPalApiError(response.status, null, null, `PayPal answered ${response.status} with a body that is not JSON`);
    }
    if (response.ok) return body as T;
    const error = body as ErrorBody;
    throw new PayPalApiError(
      response.status,
      error.name ?? null,
      error.details?.[0]?.issue ?? null,
      error.message ?? error.error_description ?? `PayPal answered ${response.status}`,
    );
  }
}
