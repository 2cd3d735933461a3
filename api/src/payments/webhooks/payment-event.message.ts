import type { ProviderEvent, ProviderEventType, ProviderId } from '../payment-provider';
import type { PaymentRecord } from '../payment.repository';
import type { PaymentRecordState } from '../payment-state';

/**
 * The outbox topic announcing what a provider told us about a payment (after it was applied to the
 * payment record). The checkout handles it: place the order once a payment is taken, even when the
 * shopper's browser never came back. Its handler must be safe to run twice.
 */
export const PAYMENTS_EVENT = 'payments.event';

export interface PaymentEventMessage {
  [key: string]: unknown;
  provider: ProviderId;
  eventId: string;
  type: ProviderEventType;
  providerReference: string;
  paymentId: string;
  cartId: string;
  orderId: string | null;
  amount: number | null;
  currency: string;
  refundReference: string | null;
  occurredAt: string;
  /** The payment record's state after the event was applied (never moved backwards by a late event). */
  state: PaymentRecordState;
}

export function paymentEventMessage(event: ProviderEvent, payment: PaymentRecord): PaymentEventMessage {
  return {
    provider: event.provider,
    eventId: event.eventId,
    type: event.type,
    providerReference: event.providerReference || (payment.providerReference ?? ''),
    paymentId: payment.id,
    cartId: payment.cartId,
    orderId: payment.orderId,
    amount: event.amount,
    currency: payment.currency,
    refundReference: event.refundReference ?? null,
    occurredAt: event.occurredAt.toISOString(),
    state: payment.state,
  };
}
