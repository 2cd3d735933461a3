import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stock ledger filtered by kind alone (GET /admin/inventory/movements?kind=transfer_in) walked the
 * whole ledger newest-first looking for a rare kind; this index serves it like the variant and
 * location filters.
 */
export class StockMovementKindIndex1764374400000 implements MigrationInterface {
  name = 'StockMovementKindIndex1764374400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX stock_movements_kind_idx ON stock_movements (kind, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX stock_movements_kind_idx`);
  }
}
