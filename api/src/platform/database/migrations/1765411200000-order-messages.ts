import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The message thread on each order, between its customer and the store (issue 5). A message is unread
 * by the other side until they open the thread; the writer's own side is read at once, so "unread by
 * staff" means exactly "customer messages staff have not opened", and the partial indexes stay small.
 * author_id is the customer or staff user who wrote it; null when an integrator's API key replied
 * (the timeline event names the key).
 */
export class OrderMessages1765411200000 implements MigrationInterface {
  name = 'OrderMessages1765411200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE order_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id),
        author_type text NOT NULL CHECK (author_type IN ('customer', 'staff')),
        author_id uuid,
        body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_by_staff_at timestamptz(3),
        read_by_customer_at timestamptz(3)
      );
      -- One thread, in order; also "the latest message of an order" for the inbox.
      CREATE INDEX order_messages_thread_idx ON order_messages (order_id, created_at DESC, id DESC);
      -- The inbox walks messages newest first and keeps each order's latest.
      CREATE INDEX order_messages_recent_idx ON order_messages (created_at DESC, id DESC);
      -- What staff have not read, across orders (badge, unread-only inbox), and what a customer has not.
      CREATE INDEX order_messages_unread_by_staff_idx ON order_messages (order_id) WHERE read_by_staff_at IS NULL;
      CREATE INDEX order_messages_unread_by_customer_idx ON order_messages (order_id) WHERE read_by_customer_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE order_messages;`);
  }
}
