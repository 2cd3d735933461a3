import { DomainError } from '../platform/errors/domain-error';

/** The provider refused the payment; the cart is as it was, and the shopper may try again. */
export class PaymentDeclined extends DomainError {
  readonly status = 402;
  readonly code = 'payment_declined';
  readonly title = 'The payment was declined';
}
