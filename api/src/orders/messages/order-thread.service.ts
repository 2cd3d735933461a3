import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { NotFound } from '../../platform/errors/domain-error';
import { DEFAULT_PAGE_SIZE, Page, PageQuery } from '../../platform/pagination/page';
import { AdminOrderMessageView, MessageRow, OrderMessageView, toAdminMessageView, toMessageView } from './dto/order-message.view';
import { decodeMessageCursor, encodeMessageCursor } from './message-cursor';

/** The name of whoever wrote a message (`m`): the staff user's, or the customer's when they gave one. */
export const AUTHOR_NAME_SQL = `CASE m.author_type
    WHEN 'staff' THEN (SELECT s.name FROM staff_users s WHERE s.id = m.author_id)
    ELSE (SELECT nullif(trim(c.first_name || ' ' || c.last_name), '') FROM customers c WHERE c.id = m.author_id) END`;

const THREAD_PAGE = `SELECT m.*, ${AUTHOR_NAME_SQL} AS author_name
   FROM order_messages m
  WHERE m.order_id = $1 AND ($2::timestamptz IS NULL OR (m.created_at, m.id) < ($2, $3::uuid))
  ORDER BY m.created_at DESC, m.id DESC LIMIT $4`;

/**
 * Reading an order's thread, newest first (a page's `nextCursor` reaches older messages). Opening it
 * marks what the other side wrote as read by the reader's side: that is what the unread counts count.
 */
@Injectable()
export class OrderThread {
  constructor(private readonly db: Db) {}

  /** The customer's own order only: another customer's order is "not found", as an unknown one. */
  async forCustomer(customerId: string, orderId: string, query: PageQuery): Promise<Page<OrderMessageView>> {
    await this.assertOrder(orderId, customerId);
    await this.db.manager.query(
      `UPDATE order_messages SET read_by_customer_at = now() WHERE order_id = $1 AND read_by_customer_at IS NULL`,
      [orderId],
    );
    const page = await this.page(orderId, query);
    return { items: page.items.map(toMessageView), nextCursor: page.nextCursor };
  }

  /**
   * Any order. Only a person marks the thread read: an integration polling with an API key must not
   * hide a customer's question from the staff inbox.
   */
  async forStaff(orderId: string, query: PageQuery, marksRead: boolean): Promise<Page<AdminOrderMessageView>> {
    await this.assertOrder(orderId, null);
    if (marksRead) {
      await this.db.manager.query(`UPDATE order_messages SET read_by_staff_at = now() WHERE order_id = $1 AND read_by_staff_at IS NULL`, [
        orderId,
      ]);
    }
    const page = await this.page(orderId, query);
    return { items: page.items.map(toAdminMessageView), nextCursor: page.nextCursor };
  }

  private async assertOrder(orderId: string, customerId: string | null): Promise<void> {
    const [order] = await this.db.read(`SELECT 1 FROM orders WHERE id = $1 AND ($2::uuid IS NULL OR customer_id = $2)`, [
      orderId,
      customerId,
    ]);
    if (!order) throw new NotFound('order');
  }

  private async page(orderId: string, query: PageQuery): Promise<Page<MessageRow>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [createdAt, id] = decodeMessageCursor(query.cursor);
    const rows = await this.db.read<MessageRow>(THREAD_PAGE, [orderId, createdAt, id, limit + 1]);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeMessageCursor(last) : null };
  }
}
