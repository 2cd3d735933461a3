import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table the storefront's public reads depend on. */
const STOREFRONT_TABLES = [
  'products',
  'product_variants',
  'product_options',
  'product_images',
  'product_collections',
  'categories',
  'collections',
  'variant_current_prices',
  'product_price_ranges',
  'search_words',
  'stock_levels',
  'stock_locations',
  'shipping_zones',
  'shipping_methods',
  'store_settings',
];

/**
 * A committed change to anything the storefront reads sends a notification on `tillpoint_catalog`, so
 * each API process can drop its cached public reads (see ReadCache). Statement-level triggers, and
 * PostgreSQL folds identical notifications of one transaction into one: a bulk import sends one message.
 * Whoever writes (API, worker, a script in psql) cannot forget to invalidate.
 */
export class CatalogChangeNotifications1764547200000 implements MigrationInterface {
  name = 'CatalogChangeNotifications1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_catalog_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('tillpoint_catalog', '');
        RETURN NULL;
      END $$`);
    for (const table of STOREFRONT_TABLES) {
      await db.query(
        `CREATE TRIGGER ${table}_catalog_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
           FOR EACH STATEMENT EXECUTE FUNCTION notify_catalog_change()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of STOREFRONT_TABLES) await db.query(`DROP TRIGGER ${table}_catalog_change ON ${table}`);
    await db.query(`DROP FUNCTION notify_catalog_change()`);
  }
}
