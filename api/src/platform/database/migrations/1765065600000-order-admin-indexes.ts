import { MigrationInterface, QueryRunner } from 'typeorm';

/** The staff order list filters and sorts newest first; each filter has an index that serves both. */
export class OrderAdminIndexes1765065600000 implements MigrationInterface {
  name = 'OrderAdminIndexes1765065600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX orders_status_idx ON orders (status, placed_at DESC, id DESC);
      CREATE INDEX orders_payment_status_idx ON orders (payment_status, placed_at DESC, id DESC);
      CREATE INDEX orders_fulfilment_status_idx ON orders (fulfilment_status, placed_at DESC, id DESC);
      CREATE INDEX orders_total_idx ON orders (total);
      CREATE INDEX orders_email_idx ON orders (lower(email) text_pattern_ops);
      CREATE INDEX orders_name_trgm_idx ON orders
        USING gin ((lower((shipping_address->>'firstName') || ' ' || (shipping_address->>'lastName'))) gin_trgm_ops);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX orders_name_trgm_idx; DROP INDEX orders_email_idx; DROP INDEX orders_total_idx;
      DROP INDEX orders_fulfilment_status_idx; DROP INDEX orders_payment_status_idx; DROP INDEX orders_status_idx;
    `);
  }
}
