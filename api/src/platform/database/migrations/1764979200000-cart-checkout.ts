import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a checkout froze when payment started: the priced lines, totals, addresses and delivery method the
 * shopper agreed to, so the order is placed at exactly the amount that was paid, whatever changes meanwhile.
 */
export class CartCheckout1764979200000 implements MigrationInterface {
  name = 'CartCheckout1764979200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE carts ADD COLUMN checkout jsonb`);
    await db.query(`CREATE INDEX carts_reserved_idx ON carts (reserved_until) WHERE status = 'checking_out'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX carts_reserved_idx`);
    await db.query(`ALTER TABLE carts DROP COLUMN checkout`);
  }
}
