import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order's life after placement (issue 5): the state machine's statuses, money taken and given back,
 * quantities fulfilled and returned per line, fulfilments with tracking, refunds asked of the provider
 * and returns. Orders placed before keep their meaning: `placed` becomes confirmed once money is secured.
 */
export class OrderLifecycle1765324800000 implements MigrationInterface {
  name = 'OrderLifecycle1765324800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_check;
      ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;
      UPDATE orders SET status = CASE
        WHEN payment_provider = 'cash_on_delivery' OR payment_status <> 'pending' THEN 'confirmed' ELSE 'awaiting_payment' END
       WHERE status = 'placed';
      ALTER TABLE orders
        ADD CONSTRAINT orders_status_check CHECK (status IN ('awaiting_payment', 'confirmed', 'completed', 'cancelled')),
        ADD CONSTRAINT orders_fulfilment_status_check
          CHECK (fulfilment_status IN ('unfulfilled', 'partially_fulfilled', 'fulfilled', 'shipped', 'delivered')),
        ADD COLUMN paid_amount bigint NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
        ADD COLUMN refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
        ADD CONSTRAINT orders_refunded_within_paid CHECK (refunded_amount <= paid_amount),
        ADD COLUMN cancelled_at timestamptz(3),
        ADD COLUMN completed_at timestamptz(3);
      UPDATE orders o SET paid_amount = p.captured, refunded_amount = p.refunded
        FROM (SELECT order_id, sum(captured_amount) AS captured, sum(refunded_amount) AS refunded FROM payments
               WHERE order_id IS NOT NULL GROUP BY order_id) p
       WHERE p.order_id = o.id;

      ALTER TABLE order_lines
        ADD COLUMN fulfilled_quantity integer NOT NULL DEFAULT 0,
        ADD COLUMN returned_quantity integer NOT NULL DEFAULT 0,
        ADD CONSTRAINT order_lines_fulfilled_within_ordered CHECK (fulfilled_quantity BETWEEN 0 AND quantity),
        ADD CONSTRAINT order_lines_returned_within_fulfilled CHECK (returned_quantity BETWEEN 0 AND fulfilled_quantity);

      CREATE TABLE fulfillments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id),
        location_id uuid NOT NULL REFERENCES stock_locations (id),
        carrier text,
        tracking_number text,
        tracking_url text,
        created_by_type text NOT NULL,
        created_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        shipped_at timestamptz(3),
        delivered_at timestamptz(3)
      );
      CREATE INDEX fulfillments_order_idx ON fulfillments (order_id, created_at);
      CREATE TABLE fulfillment_lines (
        fulfillment_id uuid NOT NULL REFERENCES fulfillments (id),
        order_line_id uuid NOT NULL REFERENCES order_lines (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (fulfillment_id, order_line_id)
      );

      CREATE TABLE order_returns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id),
        status text NOT NULL CHECK (status IN ('requested', 'approved', 'received', 'rejected')),
        reason text,
        location_id uuid REFERENCES stock_locations (id),
        requested_by_type text NOT NULL,
        requested_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        received_at timestamptz(3)
      );
      CREATE INDEX order_returns_order_idx ON order_returns (order_id, created_at);
      CREATE TABLE order_return_lines (
        return_id uuid NOT NULL REFERENCES order_returns (id),
        order_line_id uuid NOT NULL REFERENCES order_lines (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        restocked integer NOT NULL DEFAULT 0 CHECK (restocked >= 0),
        damaged integer NOT NULL DEFAULT 0 CHECK (damaged >= 0),
        PRIMARY KEY (return_id, order_line_id),
        CONSTRAINT order_return_lines_received_within_quantity CHECK (restocked + damaged <= quantity)
      );

      -- A refund staff asked for, written before the provider is called: two staff at once serialise on the
      -- order's row, and the second sees the first's amount as already given back.
      CREATE TABLE order_refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id),
        payment_id uuid REFERENCES payments (id),
        return_id uuid REFERENCES order_returns (id),
        currency char(3) NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        state text NOT NULL CHECK (state IN ('pending', 'succeeded', 'failed')),
        reason text,
        provider_reference text,
        failure_message text,
        created_by_type text NOT NULL,
        created_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX order_refunds_order_idx ON order_refunds (order_id, created_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE order_refunds; DROP TABLE order_return_lines; DROP TABLE order_returns;
      DROP TABLE fulfillment_lines; DROP TABLE fulfillments;
      ALTER TABLE order_lines DROP CONSTRAINT order_lines_returned_within_fulfilled, DROP CONSTRAINT order_lines_fulfilled_within_ordered,
        DROP COLUMN returned_quantity, DROP COLUMN fulfilled_quantity;
      ALTER TABLE orders DROP CONSTRAINT orders_refunded_within_paid, DROP CONSTRAINT orders_fulfilment_status_check,
        DROP CONSTRAINT orders_status_check, DROP COLUMN completed_at, DROP COLUMN cancelled_at,
        DROP COLUMN refunded_amount, DROP COLUMN paid_amount;
      UPDATE orders SET status = 'placed' WHERE status IN ('awaiting_payment', 'confirmed');
      ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'placed',
        ADD CONSTRAINT orders_status_check CHECK (status IN ('placed', 'cancelled', 'completed'));
    `);
  }
}
