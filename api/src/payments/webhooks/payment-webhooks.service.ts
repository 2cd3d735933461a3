import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../../platform/database/db.service';
import { Outbox } from '../../platform/outbox/outbox.service';
import { PaymentProviderNotConfigured, WebhookRejected } from '../payment-errors';
import type { ProviderEvent } from '../payment-provider';
import { PaymentRecord, PaymentRepository } from '../payment.repository';
import { PaymentProviders } from '../payment-providers.service';
import { PaymentRecords } from '../payment-records.service';
import { paymentEventMessage, PAYMENTS_EVENT } from './payment-event.message';
import { isUuid } from '../../platform/validation/uuid';

export type WebhookProvider = 'stripe' | 'paypal';

export interface WebhookReceipt {
  received: true;
  /** This event id was received before; nothing was done again. */
  duplicate: boolean;
  /** Our payment it was about, when we know it. */
  paymentId: string | null;
}

/**
 * Provider webhooks: verified first (nothing is written for a bad one), then in one transaction recorded in
 * the inbox by event id (a repeat stops there), applied to our payment record, and announced on the outbox
 * as `payments.event`, so the checkout can place the order even when the shopper's browser never returns.
 */
@Injectable()
export class PaymentWebhooks {
  constructor(
    private readonly db: Db,
    private readonly providers: PaymentProviders,
    private readonly records: PaymentRecords,
    private readonly payments: PaymentRepository,
    private readonly outbox: Outbox,
  ) {}

  async receive(
    provider: WebhookProvider,
    rawBody: Buffer,
    headers: Readonly<Record<string, string | undefined>>,
  ): Promise<WebhookReceipt> {
    const adapter = await this.providers.get(provider).catch((error: unknown) => {
      if (error instanceof PaymentProviderNotConfigured) throw new WebhookRejected(`${provider} is not set up in this store.`);
      throw error;
    });
    const event = await adapter.verifyWebhook(rawBody, headers);
    const payload = JSON.parse(rawBody.toString('utf8')) as unknown;
    return this.db.transaction(async (tx) => {
      const inserted: unknown[] = await tx.query(
        `INSERT INTO payment_webhook_events (provider, event_id, type, provider_reference, payload) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (provider, event_id) DO NOTHING RETURNING event_id`,
        [provider, event.eventId, event.type, event.providerReference || null, JSON.stringify(payload)],
      );
      if (inserted.length === 0) return { received: true, duplicate: true, paymentId: null };
      const payment = event.type === 'ignored' ? null : await this.findPayment(tx, event);
      if (event.type !== 'ignored' && !payment) {
        // Not ours, or not yet known: kept (unprocessed) for staff to look at; answering 2xx stops the provider retrying.
        return { received: true, duplicate: false, paymentId: null };
      }
      const updated = payment ? await this.apply(tx, payment, event) : null;
      await tx.query(`UPDATE payment_webhook_events SET payment_id = $3, processed_at = now() WHERE provider = $1 AND event_id = $2`, [
        provider,
        event.eventId,
        updated?.id ?? null,
      ]);
      if (updated) await this.outbox.add(tx, PAYMENTS_EVENT, paymentEventMessage(event, updated));
      return { received: true, duplicate: false, paymentId: updated?.id ?? null };
    });
  }

  /** By our id when the provider carries it back (metadata, custom_id), else by the provider's reference. */
  private async findPayment(tx: EntityManager, event: ProviderEvent): Promise<PaymentRecord | null> {
    if (event.paymentId && isUuid(event.paymentId)) {
      const payment = await this.payments.lock(tx, event.paymentId);
      if (payment && payment.provider === event.provider) return payment;
    }
    if (!event.providerReference) return null;
    return this.payments.lockByReference(tx, event.provider, event.providerReference);
  }

  private async apply(tx: EntityManager, payment: PaymentRecord, event: ProviderEvent): Promise<PaymentRecord> {
    const providerReference = event.providerReference || null;
    switch (event.type) {
      case 'payment.authorized':
        return this.records.applyChange(tx, payment, { state: 'authorized', providerReference });
      case 'payment.captured':
        return this.records.applyChange(tx, payment, { state: 'captured', capturedAmount: event.amount, providerReference });
      case 'payment.failed':
        return this.records.applyChange(tx, payment, { state: 'failed', providerReference });
      case 'payment.canceled':
        return this.records.applyChange(tx, payment, { state: 'canceled', providerReference });
      case 'refund.succeeded':
      case 'refund.failed':
        if (!event.amount || event.amount <= 0) return payment;
        return this.records.applyRefund(tx, payment, {
          providerReference: event.refundReference ?? `event:${event.eventId}`,
          amount: event.amount,
          state: event.type === 'refund.succeeded' ? 'succeeded' : 'failed',
        });
      case 'ignored':
        return payment;
    }
  }
}
