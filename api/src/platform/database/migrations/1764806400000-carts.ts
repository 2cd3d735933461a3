import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carts: a guest's is reached with a secret token (only its hash is stored), a customer's with their
 * sign-in. One open cart per customer. Lines remember the price they were added at, so the cart can say
 * when it changed.
 */
export class Carts1764806400000 implements MigrationInterface {
  name = 'Carts1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE carts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
        currency char(3) NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'checking_out', 'completed', 'merged', 'expired')),
        email text,
        shipping_address jsonb,
        billing_address jsonb,
        shipping_method_id uuid,
        discount_code text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        expires_at timestamptz(3) NOT NULL
      );
      CREATE UNIQUE INDEX carts_one_open_per_customer ON carts (customer_id) WHERE customer_id IS NOT NULL AND status IN ('open', 'checking_out');
      CREATE INDEX carts_expiry_idx ON carts (expires_at) WHERE status IN ('open', 'checking_out');

      CREATE TABLE cart_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cart_id uuid NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
        variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price_added bigint NOT NULL CHECK (unit_price_added >= 0),
        added_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT cart_lines_variant_key UNIQUE (cart_id, variant_id)
      );
      CREATE INDEX cart_lines_variant_idx ON cart_lines (variant_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE cart_lines; DROP TABLE carts;`);
  }
}
