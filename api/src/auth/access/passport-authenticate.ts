import passport from 'passport';
import type { Request, Response } from 'express';
import { DomainError, Unauthenticated } from '../../platform/errors/domain-error';

/**
 * Runs one registered passport strategy on a request and resolves with what its `validate` returned.
 * A DomainError thrown by `validate` (403 for a token of the wrong audience) passes through as is.
 */
export function authenticate<T>(strategy: string, request: Request, response: Response): Promise<T> {
  return new Promise((resolve, reject) => {
    const handler = passport.authenticate(strategy, { session: false }, (error: unknown, user: T | false, info: unknown) => {
      if (error) return reject(error instanceof DomainError ? error : new Unauthenticated());
      if (!user) return reject(failureFor(info));
      resolve(user);
    }) as (req: Request, res: Response, next: (error?: unknown) => void) => void;
    handler(request, response, (error) => reject(error ?? new Unauthenticated()));
  });
}

function failureFor(info: unknown): Unauthenticated {
  const name = (info as { name?: string } | undefined)?.name;
  if (name === 'TokenExpiredError') return new Unauthenticated('token_expired', 'The access token has expired; refresh it.');
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') {
    return new Unauthenticated('invalid_token', 'The access token is not valid.');
  }
  if (info instanceof Error && /No auth token/i.test(info.message)) return new Unauthenticated();
  return new Unauthenticated('invalid_credentials', 'The credentials are not valid.');
}
