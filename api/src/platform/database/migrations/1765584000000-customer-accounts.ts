import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer accounts (issue 5): a phone number on the profile, a `deleted` status for accounts whose
 * personal data was anonymized (kept as a row so orders stay linked for the store's books), and the
 * customer's default saved card (one at most, like the provider's invoice default).
 */
export class CustomerAccounts1765584000000 implements MigrationInterface {
  name = 'CustomerAccounts1765584000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE customers DROP CONSTRAINT IF EXISTS customers_status_check;
      ALTER TABLE customers
        ADD CONSTRAINT customers_status_check CHECK (status IN ('active', 'disabled', 'deleted')),
        ADD COLUMN phone text,
        ADD COLUMN deleted_at timestamptz(3),
        ADD CONSTRAINT customers_deleted_has_date CHECK ((status = 'deleted') = (deleted_at IS NOT NULL));

      ALTER TABLE saved_payment_methods ADD COLUMN is_default boolean NOT NULL DEFAULT false;
      CREATE UNIQUE INDEX saved_payment_methods_default_key ON saved_payment_methods (customer_id) WHERE is_default;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX saved_payment_methods_default_key;
      ALTER TABLE saved_payment_methods DROP COLUMN is_default;
      ALTER TABLE customers DROP CONSTRAINT customers_deleted_has_date, DROP COLUMN deleted_at, DROP COLUMN phone,
        DROP CONSTRAINT customers_status_check;
      UPDATE customers SET status = 'disabled' WHERE status = 'deleted';
      ALTER TABLE customers ADD CONSTRAINT customers_status_check CHECK (status IN ('active', 'disabled'));
    `);
  }
}
