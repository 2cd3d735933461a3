import { MigrationInterface, QueryRunner } from 'typeorm';

/** Shopping and communication preferences, one document per customer (defaults filled in on read). */
export class CustomerPreferences1765238400000 implements MigrationInterface {
  name = 'CustomerPreferences1765238400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE customers ADD COLUMN preferences jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE customers DROP COLUMN preferences`);
  }
}
