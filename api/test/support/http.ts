/** A JSON answer with its status and headers, as the tests read them. */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** A body sent exactly as given (malformed JSON, oversized payloads). */
  raw?: string;
  headers?: Record<string, string>;
}

/** Plain fetch against the app: the tests see exactly what a client would. */
export async function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  // Non-JSON answers (a CSV export, say) come back as their text.
  const json = /json/.test(response.headers.get('content-type') ?? '');
  return { status: response.status, headers: response.headers, body: (json && text ? JSON.parse(text) : text || {}) as T };
}

/** Binds `call` to one app: `const http = client(app.url); await http.post('/store/auth/login', { body })`. */
export function client(base: string) {
  return {
    get: <T = Record<string, unknown>>(path: string, options?: RequestOptions) => call<T>(base, 'GET', path, options),
    post: <T = Record<string, unknown>>(path: string, options?: RequestOptions) => call<T>(base, 'POST', path, options),
    patch: <T = Record<string, unknown>>(path: string, options?: RequestOptions) => call<T>(base, 'PATCH', path, options),
    put: <T = Record<string, unknown>>(path: string, options?: RequestOptions) => call<T>(base, 'PUT', path, options),
    delete: <T = Record<string, unknown>>(path: string, options?: RequestOptions) => call<T>(base, 'DELETE', path, options),
  };
}

export type HttpClient = ReturnType<typeof client>;
