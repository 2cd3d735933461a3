import type { EntityManager } from 'typeorm';
import type { OrderMailTarget } from '../../notifications/order-notifications.service';
import type { Db } from '../../platform/database/db.service';
import { NotFound } from '../../platform/errors/domain-error';
import { isUuid } from '../../platform/validation/uuid';
import type { PostalAddress } from '../../shipping/postal-address';
import type { FulfilmentStatus, OrderState, OrderStatus, PaymentStatus } from '../order-state';

/** Who did something to an order, as its timeline records them. */
export interface OrderActor {
  type: 'staff' | 'api_key' | 'customer' | 'system';
  id: string | null;
}

export interface LockedLine {
  id: string;
  variantId: string | null;
  sku: string;
  title: string;
  quantity: number;
  fulfilled: number;
  returned: number;
}

/** An order locked for change in the caller's transaction, with its state for the state machine. */
export interface LockedOrder {
  id: string;
  number: number;
  email: string;
  customerId: string | null;
  currency: string;
  paymentProvider: string;
  shippingAddress: PostalAddress;
  state: OrderState;
  lines: LockedLine[];
}

interface OrderRow {
  id: string;
  number: string;
  email: string;
  customer_id: string | null;
  currency: string;
  payment_provider: string;
  shipping_address: PostalAddress;
  status: OrderStatus;
  payment_status: PaymentStatus;
  fulfilment_status: FulfilmentStatus;
  total: string;
  paid_amount: string;
  refunded_amount: string;
}

interface LineRow {
  id: string;
  variant_id: string | null;
  sku: string;
  title: string;
  quantity: number;
  fulfilled_quantity: number;
  returned_quantity: number;
}

/**
 * Locks the order's row (every change to an order takes this lock first, so two staff acting at once are
 * served one after the other and the second sees what the first did) and reads its state. 404 when unknown.
 */
export async function lockOrder(tx: EntityManager, orderId: string): Promise<LockedOrder> {
  const [row]: OrderRow[] = isUuid(orderId)
    ? await tx.query(
        `SELECT id, number, email, customer_id, currency, payment_provider, shipping_address, status, payment_status,
                fulfilment_status, total, paid_amount, refunded_amount
           FROM orders WHERE id = $1 FOR UPDATE`,
        [orderId],
      )
    : [];
  if (!row) throw new NotFound('order');
  const lines: LineRow[] = await tx.query(
    `SELECT id, variant_id, sku, title, quantity, fulfilled_quantity, returned_quantity FROM order_lines WHERE order_id = $1 ORDER BY position`,
    [orderId],
  );
  return {
    id: row.id,
    number: Number(row.number),
    email: row.email,
    customerId: row.customer_id,
    currency: row.currency,
    paymentProvider: row.payment_provider,
    shippingAddress: row.shipping_address,
    lines: lines.map((l) => ({
      id: l.id,
      variantId: l.variant_id,
      sku: l.sku,
      title: l.title,
      quantity: l.quantity,
      fulfilled: l.fulfilled_quantity,
      returned: l.returned_quantity,
    })),
    state: {
      status: row.status,
      payment: row.payment_status,
      fulfilment: row.fulfilment_status,
      cashOnDelivery: row.payment_provider === 'cash_on_delivery',
      totalMinor: Number(row.total),
      paidMinor: Number(row.paid_amount),
      refundedMinor: Number(row.refunded_amount),
      lines: lines.map((l) => ({ lineId: l.id, ordered: l.quantity, fulfilled: l.fulfilled_quantity, returned: l.returned_quantity })),
    },
  };
}

/** Writes what the state machine answered: the order's statuses and amounts, and the lines whose quantities moved. */
export async function saveState(tx: EntityManager, order: LockedOrder, next: OrderState): Promise<void> {
  const before = order.state;
  await tx.query(
    `UPDATE orders SET status = $2, payment_status = $3, fulfilment_status = $4, paid_amount = $5, refunded_amount = $6,
            cancelled_at = CASE WHEN $2 = 'cancelled' THEN coalesce(cancelled_at, now()) ELSE cancelled_at END,
            completed_at = CASE WHEN $2 = 'completed' THEN coalesce(completed_at, now()) ELSE completed_at END,
            updated_at = now()
      WHERE id = $1`,
    [order.id, next.status, next.payment, next.fulfilment, next.paidMinor, next.refundedMinor],
  );
  const moved = next.lines.filter((line, i) => line.fulfilled !== before.lines[i].fulfilled || line.returned !== before.lines[i].returned);
  if (!moved.length) return;
  await tx.query(
    `UPDATE order_lines l SET fulfilled_quantity = m.fulfilled, returned_quantity = m.returned
       FROM unnest($1::uuid[], $2::int[], $3::int[]) AS m (id, fulfilled, returned) WHERE l.id = m.id`,
    [moved.map((l) => l.lineId), moved.map((l) => l.fulfilled), moved.map((l) => l.returned)],
  );
}

/** Appends an event to the order's timeline. */
export async function recordEvent(tx: EntityManager, orderId: string, kind: string, data: object, actor: OrderActor): Promise<void> {
  await tx.query(`INSERT INTO order_events (order_id, kind, data, actor_type, actor_id) VALUES ($1, $2, $3, $4, $5)`, [
    orderId,
    kind,
    JSON.stringify(data),
    actor.type,
    actor.id,
  ]);
}

/** Who an email about the order goes to. */
export function mailTarget(order: LockedOrder): OrderMailTarget {
  return {
    id: order.id,
    number: order.number,
    email: order.email,
    customerId: order.customerId,
    firstName: order.shippingAddress.firstName,
    currency: order.currency,
  };
}

/**
 * Runs one change of an order in a transaction, under the order's row lock. The routes answer the order as
 * read after commit, so the transaction records no idempotent answer of its own.
 */
export function changeOrder<T>(db: Db, orderId: string, step: (tx: EntityManager, order: LockedOrder) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => step(tx, await lockOrder(tx, orderId)), { recordsAnswer: false });
}
