import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Checkout: stock held for a cart while its shopper pays, and the orders a checkout places. One order per
 * cart (unique), whoever places it first: the shopper's browser or the payment provider's webhook.
 */
export class Checkout1764892800000 implements MigrationInterface {
  name = 'Checkout1764892800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stock_reservations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        holder_type text NOT NULL,
        holder_id uuid NOT NULL,
        variant_id uuid NOT NULL REFERENCES product_variants (id),
        location_id uuid NOT NULL REFERENCES stock_locations (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        expires_at timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT stock_reservations_level_key UNIQUE (holder_type, holder_id, variant_id, location_id)
      );
      CREATE INDEX stock_reservations_expiry_idx ON stock_reservations (expires_at);

      ALTER TABLE carts ADD COLUMN reserved_until timestamptz(3);

      CREATE SEQUENCE order_numbers START 1001;
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigint NOT NULL DEFAULT nextval('order_numbers'),
        cart_id uuid NOT NULL REFERENCES carts (id),
        customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
        email text NOT NULL,
        currency char(3) NOT NULL,
        status text NOT NULL DEFAULT 'placed' CHECK (status IN ('placed', 'cancelled', 'completed')),
        payment_status text NOT NULL CHECK (payment_status IN ('pending', 'authorized', 'paid', 'partially_refunded', 'refunded')),
        fulfilment_status text NOT NULL DEFAULT 'unfulfilled',
        payment_provider text NOT NULL,
        subtotal bigint NOT NULL,
        discount_total bigint NOT NULL,
        shipping_total bigint NOT NULL,
        tax_total bigint NOT NULL,
        total bigint NOT NULL CHECK (total >= 0),
        taxes_included boolean NOT NULL,
        discount_code text,
        shipping_address jsonb NOT NULL,
        billing_address jsonb NOT NULL,
        shipping_method jsonb NOT NULL,
        placed_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT orders_number_key UNIQUE (number),
        CONSTRAINT orders_cart_key UNIQUE (cart_id)
      );
      ALTER SEQUENCE order_numbers OWNED BY orders.number;
      CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC, id DESC) WHERE customer_id IS NOT NULL;
      CREATE INDEX orders_placed_idx ON orders (placed_at DESC, id DESC);

      CREATE TABLE order_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES orders (id),
        position integer NOT NULL,
        variant_id uuid REFERENCES product_variants (id) ON DELETE SET NULL,
        product_id uuid,
        sku text NOT NULL,
        title text NOT NULL,
        variant_title text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price bigint NOT NULL,
        discount bigint NOT NULL,
        tax bigint NOT NULL,
        total bigint NOT NULL,
        CONSTRAINT order_lines_position_key UNIQUE (order_id, position)
      );

      CREATE TABLE order_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders (id),
        kind text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        actor_type text NOT NULL,
        actor_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX order_events_order_idx ON order_events (order_id, id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE order_events; DROP TABLE order_lines; DROP TABLE orders;
      ALTER TABLE carts DROP COLUMN reserved_until;
      DROP TABLE stock_reservations;
    `);
  }
}
