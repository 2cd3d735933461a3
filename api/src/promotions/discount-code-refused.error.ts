import { DomainError } from '../platform/errors/domain-error';
import type { DiscountRefusal, Refusal } from './discount-code-rules';

/**
 * A code that does not apply, for the cart or checkout to throw: 400 for a code that does not exist
 * (the shopper mistyped), 409 for one that exists but not for this cart now. The problem code names
 * the reason (`discount_code_expired`) so a storefront can word it its own way.
 */
export class DiscountCodeRefused extends DomainError {
  readonly status: number;
  readonly code: string;
  readonly title = 'The discount code does not apply';
  readonly reason: DiscountRefusal;

  /** `pointer`: the field of the request that carried the code, when one did. */
  constructor(refusal: Refusal, pointer?: string) {
    super(refusal.detail, { errors: pointer ? [{ pointer, detail: refusal.detail }] : undefined });
    this.reason = refusal.reason;
    this.status = refusal.reason === 'unknown' ? 400 : 409;
    this.code = `discount_code_${refusal.reason}`;
  }
}
