import { ApiProperty } from '@nestjs/swagger';

export const MESSAGE_SIDES = ['customer', 'staff'] as const;
export type MessageSide = (typeof MESSAGE_SIDES)[number];

/** One message of an order's thread, as its customer reads it: no staff names or ids. */
export class OrderMessageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ enum: MESSAGE_SIDES, description: 'Who wrote it: the customer or the store' }) from: MessageSide;
  @ApiProperty({ example: 'Could you deliver it to my neighbour at number 12?' }) body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When staff first opened the thread after it' })
  readByStaffAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the customer first opened the thread after it' })
  readByCustomerAt: string | null;
}

/** A message as staff read it: who on either side wrote it. */
export class AdminOrderMessageView extends OrderMessageView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The customer or staff user; null for an API key' })
  authorId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Anna de Vries' }) authorName: string | null;
}

export class InboxMessageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MESSAGE_SIDES }) from: MessageSide;
  @ApiProperty({ type: String, nullable: true }) authorName: string | null;
  @ApiProperty({ description: 'The start of the message' }) excerpt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** One order's thread in the staff inbox: the order, who it is with, and its latest message. */
export class MessageThreadView {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ example: 1001 }) orderNumber: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) customerId: string | null;
  @ApiProperty({ example: 'Anna de Vries' }) customerName: string;
  @ApiProperty({ example: 'anna@example.com' }) email: string;
  @ApiProperty({ description: 'Customer messages staff have not read yet' }) unreadCount: number;
  @ApiProperty({ type: InboxMessageView }) lastMessage: InboxMessageView;
}

export class UnreadMessagesView {
  @ApiProperty({ description: 'Messages from the other side not read yet' }) messages: number;
  @ApiProperty({ description: 'Threads (orders) with at least one of them' }) threads: number;
}

export interface MessageRow {
  id: string;
  order_id: string;
  author_type: MessageSide;
  author_id: string | null;
  body: string;
  created_at: Date;
  read_by_staff_at: Date | null;
  read_by_customer_at: Date | null;
  author_name?: string | null;
}

export function toMessageView(row: MessageRow): OrderMessageView {
  return {
    id: row.id,
    orderId: row.order_id,
    from: row.author_type,
    body: row.body,
    createdAt: row.created_at.toISOString(),
    readByStaffAt: row.read_by_staff_at?.toISOString() ?? null,
    readByCustomerAt: row.read_by_customer_at?.toISOString() ?? null,
  };
}

export function toAdminMessageView(row: MessageRow): AdminOrderMessageView {
  return { ...toMessageView(row), authorId: row.author_id, authorName: row.author_name ?? null };
}
