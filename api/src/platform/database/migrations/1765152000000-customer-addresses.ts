import { MigrationInterface, QueryRunner } from 'typeorm';

/** A customer's address book: at most one default shipping and one default billing address each. */
export class CustomerAddresses1765152000000 implements MigrationInterface {
  name = 'CustomerAddresses1765152000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE customer_addresses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
        label text,
        address jsonb NOT NULL,
        default_shipping boolean NOT NULL DEFAULT false,
        default_billing boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );
      CREATE INDEX customer_addresses_customer_idx ON customer_addresses (customer_id, created_at, id);
      CREATE UNIQUE INDEX customer_addresses_default_shipping_key ON customer_addresses (customer_id) WHERE default_shipping;
      CREATE UNIQUE INDEX customer_addresses_default_billing_key ON customer_addresses (customer_id) WHERE default_billing;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE customer_addresses`);
  }
}
