import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { escapeLike } from '../../platform/database/like';
import { NotFound } from '../../platform/errors/domain-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page } from '../../platform/pagination/page';
import { AdminOrderSummaryView, AdminOrderView, ListOrdersQuery } from '../dto/admin-order.dto';
import { ORDER, OrderRow, OrderSummaryRow, toOrderSummary, toOrderView } from '../order-queries.service';
import { isUuid } from '../../platform/validation/uuid';

/** The name staff search by: the shipping address's, as the order was placed. */
export const ORDER_NAME_SQL = `lower((o.shipping_address->>'firstName') || ' ' || (o.shipping_address->>'lastName'))`;

interface AdminOrderRow extends OrderRow {
  payment_ids: string[] | null;
  timeline: { kind: string; data: Record<string, unknown>; actor_type: string; actor_id: string | null; created_at: string }[] | null;
}

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
                  (SELECT json_agg(e ORDER BY e.id) FROM order_events e WHERE e.order_id = x.id) AS timeline
             FROM (${ORDER} WHERE o.id = $1) x`,
          [orderId],
        )
      : [];
    if (!row) throw new NotFound('order');
    return {
      ...toOrderView(row),
      customerId: row.customer_id,
      paymentIds: row.payment_ids ?? [],
      timeline: (row.timeline ?? []).map((event) => ({
        kind: event.kind,
        data: event.data,
        actorType: event.actor_type,
        actorId: event.actor_id,
        at: new Date(event.created_at).toISOString(),
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
