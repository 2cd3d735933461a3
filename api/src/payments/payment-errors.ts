import { DomainError } from '../platform/errors/domain-error';

/** A webhook that failed its provider's check (signature, timestamp, shape): nothing of it is written. */
export class WebhookRejected extends DomainError {
  readonly status = 400;
  readonly code = 'webhook_rejected';
  readonly title = 'Webhook rejected';
}

/** The provider could not be reached or answered with an error of its own: not the caller's fault, and not a bug of ours. */
export class PaymentProviderUnavailable extends DomainError {
  readonly status = 502;
  readonly code = 'payment_provider_unavailable';
  readonly title = 'The payment provider did not answer as expected';
}

/** The provider is switched off or lacks its credentials. */
export class PaymentProviderNotConfigured extends DomainError {
  readonly status = 409;
  readonly code = 'payment_provider_not_configured';
  readonly title = 'The payment provider is not set up';
  constructor(provider: string) {
    super(`The ${provider} payment provider is not set up in this store.`);
  }
}
