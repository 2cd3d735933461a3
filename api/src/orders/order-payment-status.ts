import type { EntityManager } from 'typeorm';

export type OrderPaymentState = 'pending' | 'authorized' | 'paid' | 'partially_refunded' | 'refunded';

/** What the order says about its money, from its payment's state and amounts. */
export function orderPaymentState(payment: { state: string; capturedAmount: number; refundedAmount: number }): OrderPaymentState | null {
  if (payment.refundedAmount > 0) return payment.refundedAmount >= payment.capturedAmount ? 'refunded' : 'partially_refunded';
  if (payment.state === 'captured') return 'paid';
  if (payment.state === 'authorized') return 'authorized';
  if (payment.state === 'pending') return 'pending';
  return null;
}

/** The payment status once refunds (asked for or done) are counted: they outrank whatever the payment said before. */
export function withRefunds(status: OrderPaymentState, paidMinor: number, refundedMinor: number): OrderPaymentState {
  if (refundedMinor <= 0) return status === 'partially_refunded' || status === 'refunded' ? 'paid' : status;
  return refundedMinor >= paidMinor ? 'refunded' : 'partially_refunded';
}

interface OrderMoneyRow {
  status: string;
  payment_status: OrderPaymentState;
  paid_amount: string;
  refunded_amount: string;
}

/**
 * Brings a placed order's money in line with its payment (an authorization or capture heard late, cash
 * collected on delivery, a refund made at the provider's dashboard), with a timeline event, in the caller's
 * transaction. These are facts the provider reports, so they are recorded, not refused. Refunds staff asked
 * for and still in flight count as given back, so a late webhook never makes the order look paid again.
 */
export async function syncOrderPayment(
  tx: EntityManager,
  orderId: string,
  lockPayment: () => Promise<{ id: string; state: string; capturedAmount: number; refundedAmount: number }>,
): Promise<void> {
  // Why: the order's row first, then the payment's, the order every order command locks them in (no deadlock).
  const [row]: OrderMoneyRow[] = await tx.query(
    `SELECT status, payment_status, paid_amount, refunded_amount FROM orders WHERE id = $1 FOR UPDATE`,
    [orderId],
  );
  if (!row) return;
  const payment = await lockPayment();
  // Why: a refund the provider accepted as pending (PayPal) settles by webhook; the order's copy follows it.
  await tx.query(
    `UPDATE order_refunds r SET state = p.state, updated_at = now() FROM payment_refunds p
      WHERE r.order_id = $1 AND r.state = 'pending' AND p.payment_id = r.payment_id AND p.provider_reference = r.provider_reference
        AND p.state <> 'pending'`,
    [orderId],
  );
  const [{ asked }]: { asked: string }[] = await tx.query(
    `SELECT coalesce(sum(amount), 0) AS asked FROM order_refunds WHERE order_id = $1 AND state <> 'failed'`,
    [orderId],
  );
  const paid = Math.max(payment.capturedAmount, Number(row.paid_amount));
  const refunded = Math.min(paid, Math.max(payment.refundedAmount, Number(asked)));
  const base = orderPaymentState({ ...payment, refundedAmount: 0 }) ?? row.payment_status;
  const next = withRefunds(base, paid, refunded);
  // Why: an awaiting order is confirmed once its money is secured, however late the provider says so.
  const status = row.status === 'awaiting_payment' && next !== 'pending' ? 'confirmed' : row.status;
  if (
    next === row.payment_status &&
    status === row.status &&
    paid === Number(row.paid_amount) &&
    refunded === Number(row.refunded_amount)
  ) {
    return;
  }
  await tx.query(
    `UPDATE orders SET payment_status = $2, status = $3, paid_amount = $4, refunded_amount = $5, updated_at = now() WHERE id = $1`,
    [orderId, next, status, paid, refunded],
  );
  if (next === row.payment_status) return;
  await tx.query(
    `INSERT INTO order_events (order_id, kind, data, actor_type, actor_id) VALUES ($1, 'payment_status_changed', $2, 'system', NULL)`,
    [orderId, JSON.stringify({ from: row.payment_status, to: next, paymentId: payment.id })],
  );
}
