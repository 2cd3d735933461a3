import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../../platform/database/db.service';
import { Conflict, ValidationFailed } from '../../platform/errors/domain-error';
import type { Money } from '../../platform/money/money';
import { Outbox } from '../../platform/outbox/outbox.service';
import { PaymentView, toPaymentView } from '../dto/payment.view';
import { PaymentRecord, PaymentRepository } from '../payment.repository';
import { PaymentRecords } from '../payment-records.service';
import { reconcile } from '../payment-state';
import { referenceFor } from '../providers/cash-on-delivery.provider';
import { paymentEventMessage, PAYMENTS_EVENT } from '../webhooks/payment-event.message';

/** Who took the cash: a staff member, or an integrator's key (a courier's system). */
export interface CashCollector {
  kind: 'staff' | 'api_key';
  id: string;
}

/**
 * Cash on delivery, once the cash is in hand: staff record it (in parts if need be). When the whole amount
 * is collected the payment is captured and `payments.event` announces it, as a provider's webhook would.
 */
@Injectable()
export class CashCollections {
  constructor(
    private readonly db: Db,
    private readonly payments: PaymentRepository,
    private readonly records: PaymentRecords,
    private readonly outbox: Outbox,
  ) {}

  async collect(paymentId: string, amount: Money, collector: CashCollector): Promise<PaymentView> {
    const payment = await this.db.transaction((tx) => this.recordCashCollected(tx, paymentId, amount, collector));
    const refunds = await this.payments.refunds(null, payment.id);
    return toPaymentView(payment, refunds, reconcile(payment, refunds));
  }

  /** For callers with a transaction of their own (the orders domain marking a delivery paid, say). */
  async recordCashCollected(tx: EntityManager, paymentId: string, amount: Money, collector: CashCollector): Promise<PaymentRecord> {
    const payment = await this.records.lock(tx, paymentId);
    if (payment.provider !== 'cash_on_delivery') {
      throw new Conflict('not_cash_on_delivery', 'Only a cash-on-delivery payment takes cash.');
    }
    if (payment.state !== 'pending' && payment.state !== 'created') {
      throw new Conflict('payment_not_collectable', `This payment is ${payment.state}; no cash is due.`);
    }
    if (amount.currency !== payment.currency) {
      throw new ValidationFailed([{ pointer: '/amount/currency', detail: `must be ${payment.currency}, the payment's currency` }]);
    }
    if (amount.amount <= 0) throw new ValidationFailed([{ pointer: '/amount/amount', detail: 'must be positive' }]);
    const due = payment.amount - payment.capturedAmount;
    if (amount.amount > due) {
      throw new Conflict('cash_exceeds_amount', `Only ${due} (minor units) of ${payment.currency} is still due.`);
    }
    const [{ id: collectionId }]: { id: string }[] = await tx.query(
      `INSERT INTO payment_cash_collections (payment_id, currency, amount, collected_by_kind, collected_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [payment.id, payment.currency, amount.amount, collector.kind, collector.id],
    );
    const capturedAmount = payment.capturedAmount + amount.amount;
    const paidInFull = capturedAmount === payment.amount;
    const updated = await this.payments.update(tx, payment.id, {
      state: paidInFull ? 'captured' : 'pending',
      capturedAmount,
      providerReference: payment.providerReference ?? referenceFor(payment.id),
    });
    if (paidInFull) {
      const event = {
        provider: 'cash_on_delivery' as const,
        eventId: `cash:${collectionId}`,
        type: 'payment.captured' as const,
        providerReference: updated.providerReference ?? '',
        paymentId: payment.id,
        amount: capturedAmount,
        occurredAt: new Date(),
      };
      await this.outbox.add(tx, PAYMENTS_EVENT, paymentEventMessage(event, updated));
    }
    return updated;
  }
}
