import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The idempotency key of the request being served, carried to the command's transaction so that the
 * key's answer commits together with the command's writes (or not at all).
 */
export interface IdempotencyContext {
  keyId: string;
  /** The HTTP status the route answers on success (201 for a POST that creates, say). */
  successStatus: number;
  /** Set once a transaction has recorded the answer; later transactions of the request leave it. */
  recorded: boolean;
  /**
   * Set by a command that ended without finishing (a payment waiting for the shopper's approval): its key
   * is released, so the same request may be sent again to carry on.
   */
  unfinished?: boolean;
}

export const idempotencyContext = new AsyncLocalStorage<IdempotencyContext>();
