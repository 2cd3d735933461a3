import { createClient as createFetchClient, createConfig, type Client } from './generated/client/index.js';
import * as operations from './generated/sdk.gen.js';
import { ProblemError } from './problem-error.js';
import { Session, surfaceOf, type Surface, type TokenPair } from './session.js';

type Operations = typeof operations;
type AnyFunction = (...args: never[]) => unknown;

/** What a generated operation resolves to on success: its response body. */
export type OperationResult<F> = F extends (...args: never[]) => Promise<infer R>
  ? Exclude<R extends { data: infer D } ? D : never, undefined>
  : never;

type Bound<F> = F extends (...args: infer A) => unknown ? (...args: A) => Promise<OperationResult<F>> : never;

/** Every API operation, named by its operationId, returning the response body or throwing a ProblemError. */
export type TillpointOperations = { [K in keyof Operations as Operations[K] extends AnyFunction ? K : never]: Bound<Operations[K]> };

export interface ClientOptions {
  /** Where the API lives, such as `http://localhost:9000`. */
  baseUrl: string;
  /** A secret API key (`tp_sk_...`) for server-to-server calls to the admin API. */
  apiKey?: string;
  /** A signed-in customer's or staff member's tokens; refreshed automatically. */
  tokens?: TokenPair | null;
  /** Called whenever the tokens change (refresh, sign-in, sign-out), to persist them. */
  onTokens?: (tokens: TokenPair | null) => void;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
}

export interface TillpointClient extends TillpointOperations {
  /** The underlying generated client, for interceptors or raw calls. */
  readonly raw: Client;
  readonly tokens: TokenPair | null;
  setTokens(tokens: TokenPair | null): void;
  /** Signs in a customer (`store`) or a staff member (`admin`) and keeps the tokens. */
  signIn(surface: Surface, credentials: { email: string; password: string }): Promise<TokenPair>;
  /** Ends the session on the server and forgets the tokens. */
  signOut(): Promise<void>;
}

const AUTH_ROUTE = /\/(store|admin)\/auth\//;

/**
 * The one way to talk to Tillpoint: `createClient({ baseUrl, apiKey })` for integrators,
 * `createClient({ baseUrl, tokens, onTokens })` for apps that sign people in.
 */
export function createClient(options: ClientOptions): TillpointClient {
  const baseFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const raw = createFetchClient(createConfig({ baseUrl: options.baseUrl, headers: options.headers }));

  const session = new Session(
    options.tokens ?? null,
    async (surface, refreshToken) => {
      const refresh = surface === 'admin' ? operations.adminRefreshToken : operations.storeRefreshToken;
      const result = await refresh({ client: raw, body: { refreshToken } });
      return result.data ? { accessToken: result.data.accessToken, refreshToken: result.data.refreshToken } : null;
    },
    options.onTokens,
  );

  raw.setConfig({
    auth: () => (options.apiKey ? options.apiKey : session.accessToken()),
    // A 401 on an expired or revoked access token: refresh once, then replay the request.
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const replay = request.clone();
      const response = await baseFetch(request);
      if (response.status !== 401 || options.apiKey || !session.tokens || AUTH_ROUTE.test(request.url)) return response;
      if (!(await session.refresh())) return response;
      replay.headers.set('Authorization', `Bearer ${session.tokens?.accessToken ?? ''}`);
      return baseFetch(replay);
    },
  });

  const bound: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(operations)) {
    if (typeof operation !== 'function') continue;
    bound[name] = async (args?: Record<string, unknown>) => {
      const result = (await (operation as (o: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>)({
        ...args,
        client: raw,
      })) as { data?: unknown; error?: unknown; response?: Response };
      if (!result.response) throw result.error; // the network failed: no answer at all
      if (!result.response.ok) throw ProblemError.from(result.error, result.response);
      return result.data;
    };
  }

  const client = bound as unknown as TillpointOperations;
  // defineProperty, not Object.assign: assign would copy the getter's value once instead of the getter.
  Object.defineProperty(client, 'tokens', { get: () => session.tokens, enumerable: true });
  return Object.assign(client as TillpointOperations & { readonly tokens: TokenPair | null }, {
    raw,
    setTokens: (tokens: TokenPair | null) => session.set(tokens),
    async signIn(surface: Surface, credentials: { email: string; password: string }): Promise<TokenPair> {
      const pair = surface === 'admin' ? await client.adminLogin({ body: credentials }) : await client.storeLogin({ body: credentials });
      const tokens = { accessToken: pair.accessToken, refreshToken: pair.refreshToken };
      session.set(tokens);
      return tokens;
    },
    async signOut(): Promise<void> {
      const tokens = session.tokens;
      session.set(null);
      if (!tokens) return;
      const body = { refreshToken: tokens.refreshToken };
      await (surfaceOf(tokens.accessToken) === 'admin' ? client.adminLogout({ body }) : client.storeLogout({ body })).catch(
        () => undefined,
      );
    },
  });
}
