import type { Money } from '../../platform/money/money';
import type { PaymentOutcome, PaymentProvider, ProviderId } from '../payment-provider';

/**
 * Providers whose `authorized` only means the payer approved, with no money held: PayPal Orders v2 with
 * intent CAPTURE, whose approved order expires uncaptured. Such a payment is captured as soon as its
 * approval is heard (by the returning browser, a webhook or the hold's expiry), never placed as it is.
 */
const CAPTURE_ON_APPROVAL: ReadonlySet<ProviderId> = new Set(['paypal']);

export function capturesOnApproval(provider: ProviderId): boolean {
  return CAPTURE_ON_APPROVAL.has(provider);
}

/** One capture key per payment: the browser, the webhook and the expiry capture it once between them. */
export function approvalCaptureKey(paymentId: string): string {
  return `capture-${paymentId}`;
}

/** The outcome after capturing, when it is an approval that must be captured now; any other outcome as it is. */
export function captureIfApproved(
  provider: PaymentProvider,
  outcome: PaymentOutcome,
  paymentId: string,
  amount: Money,
): Promise<PaymentOutcome> {
  if (outcome.state !== 'authorized' || !capturesOnApproval(provider.id)) return Promise.resolve(outcome);
  return provider.capture(outcome.providerReference, amount, approvalCaptureKey(paymentId));
}
