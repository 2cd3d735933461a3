import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments: our record of each payment attempt (the checkout's), its refunds and cash collections, the
 * webhook inbox (one row per provider event: the same event twice is handled once), customers' saved cards
 * with the provider customer ids they hang off, and the built-in sandbox provider's own objects.
 * Money is bigint minor units; the books are guarded by checks (refunded ≤ captured ≤ amount).
 */
export class Payments1764633600000 implements MigrationInterface {
  name = 'Payments1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cart_id uuid NOT NULL,
        order_id uuid,
        customer_id uuid REFERENCES customers (id) ON DELETE SET NULL,
        provider text NOT NULL CHECK (provider IN ('sandbox', 'stripe', 'paypal', 'cash_on_delivery')),
        provider_reference text,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        amount bigint NOT NULL CHECK (amount > 0),
        state text NOT NULL DEFAULT 'created'
          CHECK (state IN ('created', 'requires_action', 'pending', 'authorized', 'captured', 'failed', 'canceled')),
        captured_amount bigint NOT NULL DEFAULT 0 CHECK (captured_amount >= 0),
        refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
        failure_message text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT payments_provider_reference_key UNIQUE (provider, provider_reference),
        CONSTRAINT payments_captured_within_amount CHECK (captured_amount <= amount),
        CONSTRAINT payments_refunded_within_captured CHECK (refunded_amount <= captured_amount)
      );
      CREATE INDEX payments_cart_idx ON payments (cart_id, created_at DESC);
      CREATE INDEX payments_order_idx ON payments (order_id) WHERE order_id IS NOT NULL;

      CREATE TABLE payment_refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL REFERENCES payments (id),
        provider_reference text NOT NULL,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        amount bigint NOT NULL CHECK (amount > 0),
        state text NOT NULL CHECK (state IN ('pending', 'succeeded', 'failed')),
        reason text,
        created_by text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT payment_refunds_reference_key UNIQUE (payment_id, provider_reference)
      );

      CREATE TABLE payment_cash_collections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        payment_id uuid NOT NULL REFERENCES payments (id),
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        amount bigint NOT NULL CHECK (amount > 0),
        collected_by_kind text NOT NULL CHECK (collected_by_kind IN ('staff', 'api_key')),
        collected_by uuid NOT NULL,
        collected_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX payment_cash_collections_payment_idx ON payment_cash_collections (payment_id);

      CREATE TABLE payment_webhook_events (
        provider text NOT NULL,
        event_id text NOT NULL,
        type text NOT NULL,
        provider_reference text,
        payment_id uuid REFERENCES payments (id),
        payload jsonb NOT NULL,
        received_at timestamptz(3) NOT NULL DEFAULT now(),
        processed_at timestamptz(3),
        PRIMARY KEY (provider, event_id)
      );

      CREATE TABLE payment_customers (
        customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        provider text NOT NULL CHECK (provider IN ('sandbox', 'stripe')),
        provider_customer_id text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (customer_id, provider),
        CONSTRAINT payment_customers_provider_key UNIQUE (provider, provider_customer_id)
      );

      CREATE TABLE saved_payment_methods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        provider text NOT NULL CHECK (provider IN ('sandbox', 'stripe')),
        provider_customer_id text NOT NULL,
        provider_method_id text NOT NULL,
        brand text NOT NULL,
        last4 text NOT NULL CHECK (last4 ~ '^[0-9]{4}$'),
        exp_month integer NOT NULL CHECK (exp_month BETWEEN 1 AND 12),
        exp_year integer NOT NULL CHECK (exp_year BETWEEN 2000 AND 2200),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT saved_payment_methods_method_key UNIQUE (provider, provider_method_id)
      );
      CREATE INDEX saved_payment_methods_customer_idx ON saved_payment_methods (customer_id, created_at DESC, id DESC);

      CREATE TABLE sandbox_payment_objects (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('payment', 'capture', 'refund', 'customer', 'setup', 'card')),
        idempotency_key text,
        data jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX sandbox_payment_objects_idempotency_key ON sandbox_payment_objects (kind, idempotency_key)
        WHERE idempotency_key IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE sandbox_payment_objects;
      DROP TABLE saved_payment_methods;
      DROP TABLE payment_customers;
      DROP TABLE payment_webhook_events;
      DROP TABLE payment_cash_collections;
      DROP TABLE payment_refunds;
      DROP TABLE payments;
    `);
  }
}
