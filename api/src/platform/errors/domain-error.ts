/** One field that failed, as a JSON pointer into the request (`/items/0/quantity`) and a reason. */
export interface FieldError {
  pointer: string;
  detail: string;
  /** Where the field lives when it is not in the body: `query`, `path` or `header`. */
  location?: 'body' | 'query' | 'path' | 'header';
}

/**
 * The base of every error a service throws on purpose. The problem filter renders it as RFC 9457
 * problem details; `code` is stable and documented, `detail` is for people and may change.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** A short, fixed summary of the problem type (RFC 9457 `title`). */
  abstract readonly title: string;
  readonly errors?: FieldError[];
  /** Extra response headers, such as `Retry-After` on 429. */
  readonly headers?: Record<string, string>;

  constructor(detail?: string, extras: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail);
    this.name = new.target.name;
    this.errors = extras.errors;
    this.headers = extras.headers;
  }
}

export class ValidationFailed extends DomainError {
  readonly status = 400;
  readonly code = 'validation_failed';
  readonly title = 'The request is not valid';

  constructor(errors: FieldError[], detail = describeFieldErrors(errors)) {
    super(detail, { errors });
  }
}

export class BadRequest extends DomainError {
  readonly status = 400;
  readonly title = 'Bad request';
  constructor(
    readonly code: string,
    detail: string,
    errors?: FieldError[],
  ) {
    super(detail, { errors });
  }
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly title = 'Authentication required';
  constructor(
    readonly code = 'unauthenticated',
    detail = 'Sign in, or send a valid access token or API key.',
  ) {
    super(detail);
  }
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly title = 'Not allowed';
  constructor(
    readonly code = 'forbidden',
    detail = 'You are not allowed to do this.',
  ) {
    super(detail);
  }
}

/** Absent, or somebody else's: the two look the same from outside. */
export class NotFound extends DomainError {
  readonly status = 404;
  readonly code = 'not_found';
  readonly title = 'Not found';
  constructor(what = 'resource') {
    super(`The ${what} does not exist.`);
  }
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly title = 'Conflict with the current state';
  constructor(
    readonly code: string,
    detail: string,
    errors?: FieldError[],
  ) {
    super(detail, { errors });
  }
}

export class TooManyRequests extends DomainError {
  readonly status = 429;
  readonly title = 'Too many requests';
  constructor(
    readonly code: string,
    detail: string,
    retryAfterSeconds: number,
  ) {
    super(detail, { headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) } });
  }
}

function describeFieldErrors(errors: FieldError[]): string {
  const first = errors[0];
  if (!first) return 'The request is not valid.';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${first.pointer || 'the body'} ${first.detail}${more}`;
}
