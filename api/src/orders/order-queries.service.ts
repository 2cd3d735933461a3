import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db } from '../platform/database/db.service';
import { NotFound } from '../platform/errors/domain-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page, PageQuery } from '../platform/pagination/page';
import { CustomerOrderSummaryView, FulfillmentView, OrderSummaryView, OrderView } from './dto/order.view';
import { isUuid } from '../platform/validation/uuid';

export interface OrderRow {
  id: string;
  number: string;
  customer_id: string | null;
  email: string;
  currency: string;
  status: string;
  payment_status: string;
  fulfilment_status: string;
  payment_provider: string;
  subtotal: string;
  discount_total: string;
  shipping_total: string;
  tax_total: string;
  total: string;
  taxes_included: boolean;
  discount_code: string | null;
  shipping_address: OrderView['shippingAddress'];
  billing_address: OrderView['billingAddress'];
  shipping_method: { methodId: string; name: string; kind: string; price: number; estimate: { earliest: string; latest: string } | null };
  placed_at: Date;
  paid_amount: string;
  refunded_amount: string;
  fulfillments:
    | (Omit<FulfillmentView, 'createdAt' | 'shippedAt' | 'deliveredAt'> & {
        createdAt: string;
        shippedAt: string | null;
        deliveredAt: string | null;
      })[]
    | null;
  customer_timeline: { kind: string; data: Record<string, unknown>; at: string }[] | null;
  lines: {
    id: string;
    variant_id: string | null;
    sku: string;
    title: string;
    variant_title: string;
    quantity: number;
    unit_price: number;
    discount: number;
    tax: number;
    total: number;
    fulfilled_quantity: number;
    returned_quantity: number;
  }[];
}

/** The timeline a customer sees: the steps of their order and its messages, never staff notes or internal bookkeeping. */
export const CUSTOMER_EVENT_KINDS = [
  'placed',
  'payment_status_changed',
  'fulfilled',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'refunded',
  'return_requested',
  'return_approved',
  'return_rejected',
  'return_received',
  'shipping_address_changed',
  'message',
];

/** An order with its lines, parcels and customer timeline, one row. */
export const ORDER = `SELECT o.*,
  (SELECT json_agg(l ORDER BY l.position) FROM order_lines l WHERE l.order_id = o.id) AS lines,
  (SELECT json_agg(json_build_object('id', f.id, 'locationId', f.location_id, 'locationName', s.name, 'carrier', f.carrier,
            'trackingNumber', f.tracking_number, 'trackingUrl', f.tracking_url, 'createdAt', f.created_at, 'shippedAt', f.shipped_at,
            'deliveredAt', f.delivered_at,
            'lines', (SELECT json_agg(json_build_object('lineId', fl.order_line_id, 'quantity', fl.quantity)) FROM fulfillment_lines fl
                       WHERE fl.fulfillment_id = f.id)) ORDER BY f.created_at)
     FROM fulfillments f JOIN stock_locations s ON s.id = f.location_id WHERE f.order_id = o.id) AS fulfillments,
  (SELECT json_agg(json_build_object('kind', e.kind, 'data', e.data, 'at', e.created_at) ORDER BY e.id)
     FROM order_events e WHERE e.order_id = o.id AND e.kind = ANY('{${CUSTOMER_EVENT_KINDS.join(',')}}'::text[])) AS customer_timeline
  FROM orders o`;

/** Orders as their customer (or the guest holding the cart) reads them; one query each. */
@Injectable()
export class OrderQueries {
  constructor(private readonly db: Db) {}

  async ofCustomer(customerId: string, orderId: string): Promise<OrderView> {
    const [row]: OrderRow[] = isUuid(orderId)
      ? await this.db.read(`${ORDER} WHERE o.id = $1 AND o.customer_id = $2`, [orderId, customerId])
      : [];
    if (!row) throw new NotFound('order');
    return toOrderView(row);
  }

  /** A guest's order by its number and email (both must match; either wrong is the same "not found"). */
  async byNumberAndEmail(number: number, email: string): Promise<OrderView> {
    const [row]: OrderRow[] = await this.db.read(`${ORDER} WHERE o.number = $1 AND lower(o.email) = lower($2)`, [number, email.trim()]);
    if (!row) throw new NotFound('order');
    return toOrderView(row);
  }

  /** Every order of a customer, newest first, for their data export (bounded: an export is not a list page). */
  async allOfCustomer(customerId: string): Promise<OrderView[]> {
    const rows: OrderRow[] = await this.db.read(`${ORDER} WHERE o.customer_id = $1 ORDER BY o.placed_at DESC, o.id DESC LIMIT 10000`, [
      customerId,
    ]);
    return rows.map(toOrderView);
  }

  /** The order a cart became; inside `tx` when given (to read it before it commits). */
  async ofCart(cartId: string, tx?: EntityManager): Promise<OrderView | null> {
    const sql = `${ORDER} WHERE o.cart_id = $1`;
    const [row]: OrderRow[] = tx ? await tx.query(sql, [cartId]) : await this.db.read(sql, [cartId]);
    return row ? toOrderView(row) : null;
  }

  async listOfCustomer(customerId: string, query: PageQuery): Promise<Page<CustomerOrderSummaryView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [placedAt, id] = query.cursor ? decodeCursor(query.cursor, 2) : [null, null];
    const rows: (OrderSummaryRow & { unread_messages: number })[] = await this.db.read(
      `SELECT o.*, (SELECT sum(quantity)::int FROM order_lines l WHERE l.order_id = o.id) AS item_count,
              (SELECT count(*)::int FROM order_messages m
                WHERE m.order_id = o.id AND m.read_by_customer_at IS NULL AND m.author_type <> 'customer') AS unread_messages
         FROM orders o
        WHERE o.customer_id = $1 AND ($2::timestamptz IS NULL OR (o.placed_at, o.id) < ($2, $3::uuid))
        ORDER BY o.placed_at DESC, o.id DESC LIMIT $4`,
      [customerId, placedAt, id, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({ ...toOrderSummary(row), unreadMessages: row.unread_messages })),
      nextCursor: rows.length > limit && last ? encodeCursor([last.placed_at.toISOString(), last.id]) : null,
    };
  }
}

export function toOrderView(row: OrderRow): OrderView {
  const money = (amount: number | string) => ({ amount: Number(amount), currency: row.currency });
  return {
    id: row.id,
    number: Number(row.number),
    status: row.status,
    paymentStatus: row.payment_status,
    fulfilmentStatus: row.fulfilment_status,
    paymentProvider: row.payment_provider,
    email: row.email,
    lines: (row.lines ?? []).map((line) => ({
      id: line.id,
      variantId: line.variant_id,
      sku: line.sku,
      title: line.title,
      variantTitle: line.variant_title,
      quantity: line.quantity,
      unitPrice: money(line.unit_price),
      discount: money(line.discount),
      tax: money(line.tax),
      total: money(line.total),
      fulfilledQuantity: line.fulfilled_quantity,
      returnedQuantity: line.returned_quantity,
    })),
    subtotal: money(row.subtotal),
    discountTotal: money(row.discount_total),
    shippingTotal: money(row.shipping_total),
    taxTotal: money(row.tax_total),
    total: money(row.total),
    taxesIncluded: row.taxes_included,
    discountCode: row.discount_code,
    shippingAddress: row.shipping_address,
    billingAddress: row.billing_address,
    shippingMethod: { ...row.shipping_method, price: money(row.shipping_method.price) },
    placedAt: row.placed_at.toISOString(),
    fulfillments: (row.fulfillments ?? []).map((f) => ({
      ...f,
      lines: f.lines ?? [],
      createdAt: isoTime(f.createdAt),
      shippedAt: f.shippedAt && isoTime(f.shippedAt),
      deliveredAt: f.deliveredAt && isoTime(f.deliveredAt),
    })),
    timeline: (row.customer_timeline ?? []).map((e) => ({ kind: e.kind, data: e.data, at: isoTime(e.at) })),
  };
}

/** A time as JSON from PostgreSQL writes it, as the API answers times. */
export function isoTime(value: string): string {
  return new Date(value).toISOString();
}

export type OrderSummaryRow = Omit<OrderRow, 'lines' | 'fulfillments' | 'customer_timeline'> & { item_count: number };

export function toOrderSummary(row: OrderSummaryRow): OrderSummaryView {
  return {
    id: row.id,
    number: Number(row.number),
    status: row.status,
    paymentStatus: row.payment_status,
    fulfilmentStatus: row.fulfilment_status,
    itemCount: row.item_count,
    total: { amount: Number(row.total), currency: row.currency },
    placedAt: row.placed_at.toISOString(),
  };
}
