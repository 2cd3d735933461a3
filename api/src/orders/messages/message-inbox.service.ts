import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { DEFAULT_PAGE_SIZE, Page } from '../../platform/pagination/page';
import { MessageInboxQuery } from './dto/order-message.dto';
import { MessageSide, MessageThreadView, UnreadMessagesView } from './dto/order-message.view';
import { decodeMessageCursor, encodeMessageCursor } from './message-cursor';
import { messageExcerpt } from './message-excerpt';
import { AUTHOR_NAME_SQL } from './order-thread.service';

const EXCERPT_LENGTH = 200;

/**
 * The latest message of every thread: walking messages newest first (order_messages_recent_idx), a
 * message is kept when no later one exists on its order (one probe of order_messages_thread_idx).
 */
const LATEST_OF_EVERY_THREAD = `SELECT m.* FROM order_messages m
  WHERE NOT EXISTS (SELECT 1 FROM order_messages later
                     WHERE later.order_id = m.order_id AND (later.created_at, later.id) > (m.created_at, m.id))`;

/** The latest message of each thread with something unread: few threads, found through the partial index. */
const LATEST_OF_UNREAD_THREADS = `SELECT latest.* FROM (SELECT DISTINCT order_id FROM order_messages WHERE read_by_staff_at IS NULL) t
  CROSS JOIN LATERAL (SELECT * FROM order_messages m WHERE m.order_id = t.order_id ORDER BY m.created_at DESC, m.id DESC LIMIT 1) latest`;

const inboxPage = (
  threads: string,
) => `SELECT m.id, m.order_id, m.author_type, m.created_at, left(m.body, ${EXCERPT_LENGTH + 1}) AS excerpt,
       ${AUTHOR_NAME_SQL} AS author_name, o.number, o.customer_id, o.email,
       coalesce(nullif(trim(c.first_name || ' ' || c.last_name), ''),
                trim((o.shipping_address->>'firstName') || ' ' || (o.shipping_address->>'lastName'))) AS customer_name,
       (SELECT count(*)::int FROM order_messages u WHERE u.order_id = m.order_id AND u.read_by_staff_at IS NULL) AS unread_count
  FROM (${threads}) m
  JOIN orders o ON o.id = m.order_id
  LEFT JOIN customers c ON c.id = o.customer_id
 WHERE $1::timestamptz IS NULL OR (m.created_at, m.id) < ($1, $2::uuid)
 ORDER BY m.created_at DESC, m.id DESC LIMIT $3`;

const EVERY_THREAD_PAGE = inboxPage(LATEST_OF_EVERY_THREAD);
const UNREAD_THREAD_PAGE = inboxPage(LATEST_OF_UNREAD_THREADS);

interface InboxRow {
  id: string;
  order_id: string;
  author_type: MessageSide;
  created_at: Date;
  excerpt: string;
  author_name: string | null;
  number: string;
  customer_id: string | null;
  email: string;
  customer_name: string;
  unread_count: number;
}

/** Messages across orders: the staff inbox, and how much is unread on either side. */
@Injectable()
export class MessageInbox {
  constructor(private readonly db: Db) {}

  /** Threads whose latest message is newest first; one query per page. */
  async threads(query: MessageInboxQuery): Promise<Page<MessageThreadView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const [createdAt, id] = decodeMessageCursor(query.cursor);
    const rows = await this.db.read<InboxRow>(query.unread ? UNREAD_THREAD_PAGE : EVERY_THREAD_PAGE, [createdAt, id, limit + 1]);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { items: page.map(toThreadView), nextCursor: rows.length > limit && last ? encodeMessageCursor(last) : null };
  }

  /** What customers wrote that no staff member has opened yet. */
  async unreadByStaff(): Promise<UnreadMessagesView> {
    const [row] = await this.db.read<UnreadMessagesView>(
      `SELECT count(*)::int AS messages, count(DISTINCT order_id)::int AS threads FROM order_messages WHERE read_by_staff_at IS NULL`,
    );
    return row;
  }

  /** What the store wrote on this customer's orders that they have not opened yet. */
  async unreadByCustomer(customerId: string): Promise<UnreadMessagesView> {
    const [row] = await this.db.read<UnreadMessagesView>(
      `SELECT count(*)::int AS messages, count(DISTINCT m.order_id)::int AS threads
         FROM orders o JOIN order_messages m ON m.order_id = o.id AND m.read_by_customer_at IS NULL
        WHERE o.customer_id = $1`,
      [customerId],
    );
    return row;
  }
}

function toThreadView(row: InboxRow): MessageThreadView {
  return {
    orderId: row.order_id,
    orderNumber: Number(row.number),
    customerId: row.customer_id,
    customerName: row.customer_name,
    email: row.email,
    unreadCount: row.unread_count,
    lastMessage: {
      id: row.id,
      from: row.author_type,
      authorName: row.author_name,
      excerpt: messageExcerpt(row.excerpt, EXCERPT_LENGTH),
      createdAt: row.created_at.toISOString(),
    },
  };
}
