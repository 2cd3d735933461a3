import { Injectable } from '@nestjs/common';
import type { Money } from '../../platform/money/money';
import { WebhookRejected } from '../payment-errors';
import type { PaymentOutcome, PaymentProvider, PaymentRequest, ProviderEvent, RefundOutcome } from '../payment-provider';
import { PaymentRepository } from '../payment.repository';

/**
 * Cash on delivery: the order is confirmed unpaid (`pending`) and staff record the cash when it is
 * collected (CashCollections). There is no one to call: this provider is our own record.
 */
@Injectable()
export class CashOnDeliveryProvider implements PaymentProvider {
  readonly id = 'cash_on_delivery' as const;

  constructor(private readonly payments: PaymentRepository) {}

  async start(request: PaymentRequest): Promise<PaymentOutcome> {
    return { state: 'pending', providerReference: referenceFor(request.paymentId), capturedAmount: 0 };
  }

  async retrieve(providerReference: string): Promise<PaymentOutcome> {
    const payment = await this.payments.findByReference(this.id, providerReference);
    const state = !payment || payment.state === 'created' ? 'pending' : payment.state;
    return { state, providerReference, capturedAmount: payment?.capturedAmount ?? 0 };
  }

  /** Cash is taken at the door, never captured remotely: recording it is CashCollections' job. */
  async capture(providerReference: string): Promise<PaymentOutcome> {
    return this.retrieve(providerReference);
  }

  async cancel(providerReference: string): Promise<PaymentOutcome> {
    const outcome = await this.retrieve(providerReference);
    return outcome.state === 'pending' ? { ...outcome, state: 'canceled' } : outcome;
  }

  /** Cash handed back by staff: the refund is whatever they record, under the caller's idempotency key. */
  async refund(_providerReference: string, amount: Money, idempotencyKey: string): Promise<RefundOutcome> {
    return { refundReference: `cod_refund_${idempotencyKey}`, state: 'succeeded', amount: amount.amount };
  }

  async verifyWebhook(): Promise<ProviderEvent> {
    throw new WebhookRejected('Cash on delivery sends no webhooks.');
  }
}

/** One reference per payment, so starting twice gives the same answer. */
export function referenceFor(paymentId: string): string {
  return `cod_${paymentId}`;
}
