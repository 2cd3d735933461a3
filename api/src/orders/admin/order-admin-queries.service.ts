import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { escapeLike } from '../../platform/database/like';
import { NotFound } from '../../platform/errors/domain-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page } from '../../platform/pagination/page';
import {
  AdminOrderSummaryView,
  AdminOrderView,
  ListOrdersQuery,
  OrderEventView,
  OrderRefundView,
  OrderReturnView,
} from '../dto/admin-order.dto';
import { allowedActions } from '../lifecycle/allowed-actions';
import { isoTime, ORDER, OrderRow, OrderSummaryRow, toOrderSummary, toOrderView } from '../order-queries.service';
import { isUuid } from '../../platform/validation/uuid';

/** The name staff search by: the shipping address's, as the order was placed. */
export const ORDER_NAME_SQL = `lower((o.shipping_address->>'firstName') || ' ' || (o.shipping_address->>'lastName'))`;

interface AdminOrderRow extends OrderRow {
  payment_ids: string[] | null;
  timeline: (Omit<OrderEventView, 'at'> & { at: string })[] | null;
  refunds: (Omit<OrderRefundView, 'amount' | 'createdAt'> & { amount: number; createdAt: string })[] | null;
  stock_location_ids: string[] | null;
  returns: (Omit<OrderReturnView, 'createdAt' | 'receivedAt'> & { createdAt: string; receivedAt: string | null })[] | null;
}

/** Who did it, by name: the staff member, the key, or the customer. */
const TIMELINE = `SELECT json_agg(json_build_object('kind', e.kind, 'data', e.data, 'actorType', e.actor_type, 'actorId', e.actor_id,
         'actorName', coalesce(su.name, k.name, nullif(trim(c.first_name || ' ' || c.last_name), '')), 'at', e.created_at) ORDER BY e.id)
    FROM order_events e
    LEFT JOIN staff_users su ON e.actor_type = 'staff' AND su.id = e.actor_id
    LEFT JOIN api_keys k ON e.actor_type = 'api_key' AND k.id = e.actor_id
    LEFT JOIN customers c ON e.actor_type = 'customer' AND c.id = e.actor_id
   WHERE e.order_id = x.id`;

const REFUNDS = `SELECT json_agg(json_build_object('id', r.id, 'amount', r.amount, 'state', r.state, 'reason', r.reason, 'returnId', r.return_id,
         'failureMessage', r.failure_message, 'createdAt', r.created_at) ORDER BY r.created_at)
    FROM order_refunds r WHERE r.order_id = x.id`;

/** Where the order's sale is booked, most units first: where its parcels are expected to leave from. */
const STOCK_LOCATIONS = `SELECT array_agg(b.location_id ORDER BY b.booked DESC)
    FROM (SELECT m.location_id, -sum(m.on_hand_delta) AS booked FROM stock_movements m
           WHERE m.reference_type = 'order' AND m.reference_id = x.id::text AND m.kind IN ('sold', 'returned')
           GROUP BY m.location_id HAVING -sum(m.on_hand_delta) > 0) b`;

const RETURNS = `SELECT json_agg(json_build_object('id', r.id, 'status', r.status, 'reason', r.reason, 'locationId', r.location_id,
         'createdAt', r.created_at, 'receivedAt', r.received_at,
         'lines', (SELECT json_agg(json_build_object('lineId', l.order_line_id, 'quantity', l.quantity, 'restocked', l.restocked,
                     'damaged', l.damaged)) FROM order_return_lines l WHERE l.return_id = r.id)) ORDER BY r.created_at)
    FROM order_returns r WHERE r.order_id = x.id`;

/** Orders as staff read them: a filtered list newest first, and one order with its payments and timeline; one query each. */
@Injectable()
export class OrderAdminQueries {
  constructor(private readonly db: Db) {}

  async list(query: ListOrdersQuery): Promise<Page<AdminOrderSummaryView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [placedAt, id] = query.cursor ? decodeCursor(query.cursor, 2) : [null, null];
    const { clauses, params } = filters(query);
    params.push(placedAt, id, limit + 1);
    const n = params.length;
    const rows: (OrderSummaryRow & { customer_name: string })[] = await this.db.read(
      `SELECT o.*, (SELECT sum(quantity)::int FROM order_lines l WHERE l.order_id = o.id) AS item_count,
              trim((o.shipping_address->>'firstName') || ' ' || (o.shipping_address->>'lastName')) AS customer_name
         FROM orders o
        WHERE ${[...clauses, `($${n - 2}::timestamptz IS NULL OR (o.placed_at, o.id) < ($${n - 2}, $${n - 1}::uuid))`].join(' AND ')}
        ORDER BY o.placed_at DESC, o.id DESC LIMIT $${n}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({ ...toOrderSummary(row), email: row.email, customerName: row.customer_name })),
      nextCursor: rows.length > limit && last ? encodeCursor([last.placed_at.toISOString(), last.id]) : null,
    };
  }

  async get(orderId: string): Promise<AdminOrderView> {
    const [row]: AdminOrderRow[] = isUuid(orderId)
      ? await this.db.read(
          `SELECT x.*,
                  (SELECT array_agg(p.id ORDER BY p.created_at) FROM payments p WHERE p.order_id = x.id) AS payment_ids,
                  (${TIMELINE}) AS timeline, (${REFUNDS}) AS refunds, (${RETURNS}) AS returns,
                  (${STOCK_LOCATIONS}) AS stock_location_ids
             FROM (${ORDER} WHERE o.id = $1) x`,
          [orderId],
        )
      : [];
    if (!row) throw new NotFound('order');
    const view = toOrderView(row);
    const money = (amount: number | string) => ({ amount: Number(amount), currency: row.currency });
    const paid = Number(row.paid_amount);
    const refunded = Number(row.refunded_amount);
    return {
      ...view,
      customerId: row.customer_id,
      paymentIds: row.payment_ids ?? [],
      timeline: (row.timeline ?? []).map((event) => ({ ...event, at: isoTime(event.at) })),
      allowedActions: allowedActions(row),
      stockLocationIds: row.stock_location_ids ?? [],
      paidAmount: money(paid),
      refundedAmount: money(refunded),
      refundableAmount: money(Math.max(0, paid - refunded)),
      refunds: (row.refunds ?? []).map((r) => ({ ...r, amount: money(r.amount), createdAt: isoTime(r.createdAt) })),
      returns: (row.returns ?? []).map((r) => ({
        ...r,
        lines: r.lines ?? [],
        createdAt: isoTime(r.createdAt),
        receivedAt: r.receivedAt && isoTime(r.receivedAt),
      })),
    };
  }
}

/** The WHERE clauses of the list's filters, with their parameters numbered from $1. */
function filters(query: ListOrdersQuery): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(`$${params.length}`));
  };
  if (query.status) add((p) => `o.status = ${p}`, query.status);
  if (query.paymentStatus) add((p) => `o.payment_status = ${p}`, query.paymentStatus);
  if (query.fulfilmentStatus) add((p) => `o.fulfilment_status = ${p}`, query.fulfilmentStatus);
  if (query.customerId) add((p) => `o.customer_id = ${p}::uuid`, query.customerId);
  if (query.placedFrom) add((p) => `o.placed_at >= ${p}::timestamptz`, query.placedFrom);
  if (query.placedTo) add((p) => `o.placed_at < ${p}::timestamptz`, query.placedTo);
  if (query.totalMin !== undefined) add((p) => `o.total >= ${p}`, query.totalMin);
  if (query.totalMax !== undefined) add((p) => `o.total <= ${p}`, query.totalMax);
  const q = query.q?.trim().toLowerCase();
  if (q && /^#?\d{1,15}$/.test(q)) add((p) => `o.number = ${p}`, Number(q.replace('#', '')));
  else if (q?.includes('@')) add((p) => `lower(o.email) LIKE ${p}`, `${escapeLike(q)}%`);
  else if (q) add((p) => `${ORDER_NAME_SQL} LIKE ${p}`, `%${escapeLike(q)}%`);
  return { clauses: clauses.length ? clauses : ['true'], params };
}
