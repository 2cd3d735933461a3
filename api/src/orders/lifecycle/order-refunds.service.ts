import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrderNotifications } from '../../notifications/order-notifications.service';
import type { ProviderId, RefundOutcome } from '../../payments/payment-provider';
import { PaymentProviders } from '../../payments/payment-providers.service';
import { PaymentRecords } from '../../payments/payment-records.service';
import { Db } from '../../platform/database/db.service';
import { Conflict, DomainError, NotFound } from '../../platform/errors/domain-error';
import { money } from '../../platform/money/money';
import { isUuid } from '../../platform/validation/uuid';
import { withRefunds } from '../order-payment-status';
import { apply } from '../order-state';
import { LockedOrder, lockOrder, mailTarget, OrderActor, recordEvent, saveState } from './order-record';

export interface RefundRequest {
  amount: number;
  reason?: string | null;
  returnId?: string | null;
}

interface PlannedRefund {
  refundId: string;
  paymentId: string;
  provider: ProviderId;
  providerReference: string;
  currency: string;
  amount: number;
  reason: string | null;
}

/** The provider refused or could not be reached: the refund is recorded as failed and nothing was given back. */
export class RefundFailed extends Conflict {
  constructor(detail: string) {
    super('refund_failed', detail);
  }
}

/**
 * Gives money back through the payment provider. The refund is written (pending) under the order's lock
 * before the provider is called, and counts as given back at once: two staff refunding the same order at
 * the same moment are served one after the other, and the second is refused what the first already took.
 * The provider is called with the refund's own id as idempotency key, so a retry never pays twice; a
 * refusal puts the amount back as refundable and says why.
 */
@Injectable()
export class OrderRefunds {
  private readonly logger = new Logger(OrderRefunds.name);

  constructor(
    private readonly db: Db,
    private readonly providers: PaymentProviders,
    private readonly payments: PaymentRecords,
    private readonly notifications: OrderNotifications,
  ) {}

  async refund(orderId: string, request: RefundRequest, actor: OrderActor, options: { notify?: boolean } = {}): Promise<void> {
    const planned = await this.db.transaction((tx) => this.plan(tx, orderId, request, actor), { recordsAnswer: false });
    let outcome: RefundOutcome;
    try {
      const provider = await this.providers.get(planned.provider);
      outcome = await provider.refund(
        planned.providerReference,
        money(planned.amount, planned.currency),
        `order-refund-${planned.refundId}`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.fail(orderId, planned, message, actor);
      // Why: the provider's own problem (unreachable: 502) says more than a generic refusal.
      throw error instanceof DomainError ? error : new RefundFailed(`The payment provider did not refund: ${message}`);
    }
    if (outcome.state === 'failed') {
      await this.fail(orderId, planned, 'refused by the payment provider', actor);
      throw new RefundFailed('The payment provider refused the refund.');
    }
    await this.db.transaction((tx) => this.settle(tx, orderId, planned, outcome, actor, options.notify ?? true), { recordsAnswer: false });
  }

  private async plan(tx: EntityManager, orderId: string, request: RefundRequest, actor: OrderActor): Promise<PlannedRefund> {
    const order = await lockOrder(tx, orderId);
    const next = apply(order.state, { kind: 'refund', amountMinor: request.amount });
    if (request.returnId) await assertReturnOf(tx, order, request.returnId);
    const [payment]: { id: string; provider: ProviderId; provider_reference: string | null }[] = await tx.query(
      `SELECT id, provider, provider_reference FROM payments WHERE order_id = $1 AND captured_amount > 0 ORDER BY created_at LIMIT 1`,
      [order.id],
    );
    if (!payment?.provider_reference) throw new Conflict('no_captured_payment', 'The order has no captured payment to refund.');
    const reason = request.reason?.trim() || null;
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO order_refunds (order_id, payment_id, return_id, currency, amount, state, reason, created_by_type, created_by)
       VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8) RETURNING id`,
      [order.id, payment.id, request.returnId ?? null, order.currency, request.amount, reason, actor.type, actor.id],
    );
    await saveState(tx, order, next);
    await recordEvent(tx, order.id, 'refund_requested', { refundId: id, amount: request.amount, currency: order.currency, reason }, actor);
    return {
      refundId: id,
      paymentId: payment.id,
      provider: payment.provider,
      providerReference: payment.provider_reference,
      currency: order.currency,
      amount: request.amount,
      reason,
    };
  }

  private async settle(
    tx: EntityManager,
    orderId: string,
    planned: PlannedRefund,
    outcome: RefundOutcome,
    actor: OrderActor,
    notify: boolean,
  ): Promise<void> {
    const order = await lockOrder(tx, orderId);
    await this.payments.recordRefund(tx, {
      paymentId: planned.paymentId,
      amount: money(planned.amount, planned.currency),
      outcome,
      reason: planned.reason,
      createdBy: actor.id,
    });
    // Why: a provider that settles later (PayPal's PENDING) has still accepted the refund; its webhook completes it.
    await tx.query(`UPDATE order_refunds SET state = $2, provider_reference = $3, updated_at = now() WHERE id = $1`, [
      planned.refundId,
      outcome.state,
      outcome.refundReference,
    ]);
    const data = { refundId: planned.refundId, amount: planned.amount, currency: planned.currency, reason: planned.reason };
    await recordEvent(tx, order.id, 'refunded', data, actor);
    if (notify) await this.notifications.refunded(tx, mailTarget(order), { amountMinor: planned.amount, reason: planned.reason });
  }

  /** The provider did not refund: the amount is refundable again, and the timeline says what happened. */
  private async fail(orderId: string, planned: PlannedRefund, message: string, actor: OrderActor): Promise<void> {
    this.logger.warn(`refund ${planned.refundId} of order ${orderId} failed: ${message}`);
    await this.db.transaction(
      async (tx) => {
        const order = await lockOrder(tx, orderId);
        await tx.query(`UPDATE order_refunds SET state = 'failed', failure_message = $2, updated_at = now() WHERE id = $1`, [
          planned.refundId,
          message.slice(0, 1000),
        ]);
        const refunded = order.state.refundedMinor - planned.amount;
        const base = order.state.payment === 'authorized' ? 'authorized' : 'paid';
        await saveState(tx, order, {
          ...order.state,
          refundedMinor: refunded,
          payment: withRefunds(base, order.state.paidMinor, refunded),
        });
        const data = { refundId: planned.refundId, amount: planned.amount, currency: planned.currency, message: message.slice(0, 300) };
        await recordEvent(tx, order.id, 'refund_failed', data, actor);
      },
      { recordsAnswer: false },
    );
  }
}

async function assertReturnOf(tx: EntityManager, order: LockedOrder, returnId: string): Promise<void> {
  const [row]: { status: string }[] = isUuid(returnId)
    ? await tx.query(`SELECT status FROM order_returns WHERE id = $1 AND order_id = $2`, [returnId, order.id])
    : [];
  if (!row) throw new NotFound('return');
  if (row.status !== 'received') throw new Conflict('return_not_received', 'A return is refunded once its items are received.');
}
