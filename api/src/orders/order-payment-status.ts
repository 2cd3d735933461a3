import type { EntityManager } from 'typeorm';
import { returnedRows } from '../platform/database/db.service';

export type OrderPaymentState = 'pending' | 'authorized' | 'paid' | 'partially_refunded' | 'refunded';

/** What the order says about its money, from its payment's state and amounts. */
export function orderPaymentState(payment: { state: string; capturedAmount: number; refundedAmount: number }): OrderPaymentState | null {
  if (payment.refundedAmount > 0) return payment.refundedAmount >= payment.capturedAmount ? 'refunded' : 'partially_refunded';
  if (payment.state === 'captured') return 'paid';
  if (payment.state === 'authorized') return 'authorized';
  if (payment.state === 'pending') return 'pending';
  return null;
}

/**
 * Brings a placed order's payment status in line with its payment (cash collected on delivery, a refund
 * announced by the provider), with a timeline event, in the caller's transaction. Nothing when unchanged.
 */
export async function syncOrderPayment(
  tx: EntityManager,
  orderId: string,
  payment: { id: string; state: string; capturedAmount: number; refundedAmount: number },
): Promise<void> {
  const next = orderPaymentState(payment);
  if (!next) return;
  const changed: unknown = await tx.query(
    `UPDATE orders o SET payment_status = $2, updated_at = now() FROM (SELECT payment_status AS previous FROM orders WHERE id = $1 FOR UPDATE) p
      WHERE o.id = $1 AND o.payment_status <> $2 RETURNING p.previous`,
    [orderId, next],
  );
  const [row] = returnedRows<{ previous: string }>(changed);
  if (!row) return;
  await tx.query(
    `INSERT INTO order_events (order_id, kind, data, actor_type, actor_id) VALUES ($1, 'payment_status_changed', $2, 'system', NULL)`,
    [orderId, JSON.stringify({ from: row.previous, to: next, paymentId: payment.id })],
  );
}
