import { Injectable, Logger } from '@nestjs/common';
import { OrderNotifications } from '../../notifications/order-notifications.service';
import type { ProviderId } from '../../payments/payment-provider';
import { PaymentProviders } from '../../payments/payment-providers.service';
import { PaymentRecords } from '../../payments/payment-records.service';
import { Db } from '../../platform/database/db.service';
import { apply } from '../order-state';
import { lockOrder, mailTarget, OrderActor, recordEvent, saveState } from './order-record';
import { OrderRefunds } from './order-refunds.service';
import { OrderStock } from './order-stock';

interface Settlement {
  /** An authorization to void at the provider. */
  voidPayment: { id: string; provider: ProviderId; providerReference: string } | null;
  /** Money taken and not yet given back, refunded after the cancellation commits. */
  refundMinor: number;
}

/**
 * Cancels an order: the state machine allows it until the parcel leaves; the booked sale goes back on the
 * shelves in the same transaction; then the money follows: an authorization is voided, a captured
 * payment refunded in full through the refund path (so a concurrent refund cannot double it). A provider
 * that fails leaves the order cancelled with the failure on its timeline, for staff to retry the refund.
 */
@Injectable()
export class OrderCancellation {
  private readonly logger = new Logger(OrderCancellation.name);

  constructor(
    private readonly db: Db,
    private readonly stock: OrderStock,
    private readonly refunds: OrderRefunds,
    private readonly providers: PaymentProviders,
    private readonly payments: PaymentRecords,
    private readonly notifications: OrderNotifications,
  ) {}

  async cancel(orderId: string, input: { reason?: string }, actor: OrderActor): Promise<void> {
    const reason = input.reason?.trim() || null;
    const settlement = await this.db.transaction(
      async (tx): Promise<Settlement> => {
        const order = await lockOrder(tx, orderId);
        const next = apply(order.state, { kind: 'cancel' });
        await this.stock.putBack(tx, order, actor);
        await saveState(tx, order, next);
        const refundMinor = order.state.paidMinor - order.state.refundedMinor;
        await recordEvent(tx, order.id, 'cancelled', { reason, refund: refundMinor }, actor);
        await this.notifications.cancelled(tx, mailTarget(order), { reason, refundedMinor: refundMinor });
        const [payment]: { id: string; provider: ProviderId; provider_reference: string | null; state: string }[] = await tx.query(
          `SELECT id, provider, provider_reference, state FROM payments WHERE order_id = $1 ORDER BY created_at LIMIT 1`,
          [order.id],
        );
        const voidable = payment?.state === 'authorized' && payment.provider_reference;
        return {
          voidPayment: voidable ? { id: payment.id, provider: payment.provider, providerReference: payment.provider_reference! } : null,
          refundMinor,
        };
      },
      { recordsAnswer: false },
    );
    if (settlement.voidPayment) await this.voidAuthorization(orderId, settlement.voidPayment, actor);
    if (settlement.refundMinor > 0) {
      try {
        await this.refunds.refund(orderId, { amount: settlement.refundMinor, reason: reason ?? 'Order cancelled' }, actor, {
          notify: false,
        });
      } catch (error) {
        // Why: the cancellation stands; the failed refund is on the timeline and in the refunds list to retry.
        this.logger.warn(`order ${orderId} cancelled, refund failed: ${(error as Error).message}`);
      }
    }
  }

  private async voidAuthorization(orderId: string, payment: NonNullable<Settlement['voidPayment']>, actor: OrderActor): Promise<void> {
    try {
      const outcome = await (await this.providers.get(payment.provider)).cancel(payment.providerReference);
      await this.db.transaction(
        async (tx) => {
          await this.payments.applyOutcome(tx, payment.id, outcome);
          await recordEvent(tx, orderId, 'payment_voided', { paymentId: payment.id, state: outcome.state }, actor);
        },
        { recordsAnswer: false },
      );
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn(`order ${orderId} cancelled, voiding payment ${payment.id} failed: ${message}`);
      await this.db.transaction((tx) => recordEvent(tx, orderId, 'payment_void_failed', { paymentId: payment.id, message }, actor), {
        recordsAnswer: false,
      });
    }
  }
}
