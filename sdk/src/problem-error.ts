import type { FieldErrorView, ProblemView } from './generated/types.gen.js';

/**
 * Every non-2xx answer of the API, as a typed error: RFC 9457 problem details with the stable `code`
 * to branch on, per-field `errors` for forms, and the request id to quote in a support ticket.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly errors: FieldErrorView[];
  readonly requestId?: string;
  /** Seconds to wait, from Retry-After on 429 and 503 answers. */
  readonly retryAfter?: number;

  constructor(problem: ProblemView, response?: Response) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.code = problem.code;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.instance ?? response?.headers.get('X-Request-Id') ?? undefined;
    const retryAfter = response?.headers.get('Retry-After');
    this.retryAfter = retryAfter ? Number(retryAfter) : undefined;
  }

  /** The message for one field, by JSON pointer (`/email`), to show beside a form input. */
  fieldError(pointer: string): string | undefined {
    return this.errors.find((e) => e.pointer === pointer)?.detail;
  }

  static from(body: unknown, response: Response): ProblemError {
    if (isProblem(body)) return new ProblemError(body, response);
    // Not one of ours (a proxy's HTML error page, say): keep the status, describe it plainly.
    return new ProblemError(
      { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status, code: `http_${response.status}` },
      response,
    );
  }
}

export function isProblemError(error: unknown, code?: string): error is ProblemError {
  return error instanceof ProblemError && (code === undefined || error.code === code);
}

function isProblem(body: unknown): body is ProblemView {
  const candidate = body as Partial<ProblemView> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.status === 'number' && typeof candidate.code === 'string';
}
