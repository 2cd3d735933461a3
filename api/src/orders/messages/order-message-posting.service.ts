import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AdminPrincipal } from '../../auth/access/principal';
import { OrderMailTarget, OrderNotifications } from '../../notifications/order-notifications.service';
import { Db } from '../../platform/database/db.service';
import { NotFound } from '../../platform/errors/domain-error';
import {
  AdminOrderMessageView,
  MessageRow,
  MessageSide,
  OrderMessageView,
  toAdminMessageView,
  toMessageView,
} from './dto/order-message.view';
import { messageExcerpt } from './message-excerpt';

/** How much of a reply the customer's email quotes; the rest is one click away in their account. */
const EMAIL_EXCERPT_LENGTH = 280;

interface TargetRow {
  id: string;
  number: string;
  email: string;
  customer_id: string | null;
  currency: string;
  first_name: string;
}

interface Author {
  side: MessageSide;
  /** The customer or staff user who wrote it; null for an API key. */
  authorId: string | null;
  actorType: 'customer' | 'staff' | 'api_key';
  actorId: string;
}

/**
 * Writing to an order's thread. The message, its timeline event and (for a store reply) the customer's
 * email commit together. Writing also marks what the other side wrote before as read by the writer's:
 * nobody answers a message without having seen it.
 */
@Injectable()
export class OrderMessagePosting {
  constructor(
    private readonly db: Db,
    private readonly notifications: OrderNotifications,
  ) {}

  /** The customer's own order only: another customer's order is "not found", as an unknown one. */
  async fromCustomer(customerId: string, orderId: string, body: string): Promise<OrderMessageView> {
    const author: Author = { side: 'customer', authorId: customerId, actorType: 'customer', actorId: customerId };
    const row = await this.db.transaction(async (tx) => {
      const order = await this.target(tx, orderId, customerId);
      return this.write(tx, order, author, body);
    });
    return toMessageView(row);
  }

  async fromStaff(principal: AdminPrincipal, orderId: string, body: string): Promise<AdminOrderMessageView> {
    const author: Author = {
      side: 'staff',
      authorId: principal.kind === 'staff' ? principal.id : null,
      actorType: principal.kind,
      actorId: principal.id,
    };
    const row = await this.db.transaction(async (tx) => {
      const order = await this.target(tx, orderId, null);
      const message = await this.write(tx, order, author, body);
      await this.notifications.messageReplied(tx, toMailTarget(order), { excerpt: messageExcerpt(body, EMAIL_EXCERPT_LENGTH) });
      return message;
    });
    return toAdminMessageView({ ...row, author_name: principal.kind === 'staff' ? principal.name : null });
  }

  private async target(tx: EntityManager, orderId: string, customerId: string | null): Promise<TargetRow> {
    const [order]: TargetRow[] = await tx.query(
      `SELECT o.id, o.number, o.email, o.customer_id, o.currency,
              coalesce(nullif(c.first_name, ''), o.shipping_address->>'firstName', '') AS first_name
         FROM orders o LEFT JOIN customers c ON c.id = o.customer_id
        WHERE o.id = $1 AND ($2::uuid IS NULL OR o.customer_id = $2)`,
      [orderId, customerId],
    );
    if (!order) throw new NotFound('order');
    return order;
  }

  private async write(tx: EntityManager, order: TargetRow, author: Author, body: string): Promise<MessageRow> {
    const readColumn = author.side === 'staff' ? 'read_by_staff_at' : 'read_by_customer_at';
    await tx.query(`UPDATE order_messages SET ${readColumn} = now() WHERE order_id = $1 AND ${readColumn} IS NULL`, [order.id]);
    // The writer's own side has read it; the other side's column stays null until they open the thread.
    const [message]: MessageRow[] = await tx.query(
      `INSERT INTO order_messages (order_id, author_type, author_id, body, ${readColumn})
       VALUES ($1, $2, $3, $4, now()) RETURNING *`,
      [order.id, author.side, author.authorId, body],
    );
    await tx.query(`INSERT INTO order_events (order_id, kind, data, actor_type, actor_id) VALUES ($1, 'message', $2, $3, $4)`, [
      order.id,
      JSON.stringify({ messageId: message.id, from: author.side }),
      author.actorType,
      author.actorId,
    ]);
    return message;
  }
}

function toMailTarget(order: TargetRow): OrderMailTarget {
  return {
    id: order.id,
    number: Number(order.number),
    email: order.email,
    customerId: order.customer_id,
    firstName: order.first_name,
    currency: order.currency,
  };
}
