import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { renderDescription } from '../../catalog/content/markdown';
import { imageKey } from '../../catalog/media/image-sizes';
import { Db } from '../../platform/database/db.service';
import { MediaStorage } from '../../platform/storage/media-storage';
import { CurrentPrices } from '../../pricing/current-prices.service';
import { LOCATION_CODES, PlannedProduct, planCatalog } from './catalog-generator';
import { COLOURS, LEAVES, TOP_CATEGORIES } from './catalog-plan';
import { DemoImage, renderDemoImage } from './demo-images';
import { seedDelivery } from './demo-delivery';

const BATCH = 500;

/**
 * The demo store's catalog: categories, products with variants and prices, images drawn locally,
 * stock in two locations (through received movements, so the ledger balances), collections, sales
 * and delivery. `count` scales it to a benchmark catalog (10,000 products) in batches.
 */
@Injectable()
export class DemoCatalogSeeder {
  private readonly logger = new Logger('DemoCatalog');

  constructor(
    private readonly db: Db,
    private readonly storage: MediaStorage,
    private readonly prices: CurrentPrices,
  ) {}

  async seed(options: {
    count: number;
    images: boolean;
    variantsEach?: number;
    onProgress?: (done: number, total: number) => void;
  }): Promise<void> {
    const [{ n }] = await this.db.manager.query('SELECT count(*)::int AS n FROM products');
    if (n > 0) return;
    const plan = planCatalog(options.count, { variantsEach: options.variantsEach });
    const categories = await this.db.transaction((tx) => this.seedCategories(tx));
    const locations = await this.db.transaction((tx) => this.seedLocations(tx));
    const drawings = new Map<string, Promise<DemoImage>>();
    for (let start = 0; start < plan.length; start += BATCH) {
      const batch = plan.slice(start, start + BATCH);
      const productIds = await this.db.transaction((tx) => this.seedProducts(tx, batch, categories, locations));
      if (options.images) await this.seedImages(batch, productIds, drawings);
      options.onProgress?.(Math.min(start + BATCH, plan.length), plan.length);
    }
    await this.db.transaction(async (tx) => {
      await this.seedCollections(tx);
      await seedDelivery(tx, locations);
      await this.seedSales(tx, categories);
      await this.prices.refresh(tx, 'all');
    });
    this.logger.log(`demo catalog: ${plan.length} products, ${plan.reduce((s, p) => s + p.variants.length, 0)} variants`);
  }

  private async seedCategories(tx: EntityManager): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const [position, top] of TOP_CATEGORIES.entries()) {
      const [{ id }] = await tx.query(`INSERT INTO categories (name, handle, description, position) VALUES ($1, $2, $3, $4) RETURNING id`, [
        top.name,
        top.handle,
        top.description,
        position,
      ]);
      ids.set(top.handle, id);
    }
    for (const [position, leaf] of LEAVES.entries()) {
      const parent = ids.get(leaf.parent)!;
      const [{ id }] = await tx.query(
        `INSERT INTO categories (name, handle, description, position, parent_id, ancestors) VALUES ($1, $2, $3, $4, $5, ARRAY[$5::uuid]) RETURNING id`,
        [leaf.name, leaf.handle, leaf.description, position, parent],
      );
      ids.set(leaf.handle, id);
    }
    return ids;
  }

  private async seedLocations(tx: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; code: string }[] = await tx.query(
      `INSERT INTO stock_locations (code, name, country, city, postcode, address_line, pickup_enabled) VALUES
         ('WH-NL', 'Rotterdam warehouse', 'NL', 'Rotterdam', '3011 AA', 'Havenweg 12', false),
         ('STORE-AMS', 'Amsterdam store', 'NL', 'Amsterdam', '1012 AB', 'Damstraat 5', true)
       RETURNING id, code`,
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  private async seedProducts(
    tx: EntityManager,
    batch: PlannedProduct[],
    categories: Map<string, string>,
    locations: Map<string, string>,
  ): Promise<string[]> {
    const products: { id: string; handle: string }[] = await tx.query(
      `INSERT INTO products (handle, title, vendor, description_md, description_html, status, category_id, tags, sales_count, published_at)
       SELECT p.handle, p.title, p.vendor, p.description_md, p.description_html, 'active', p.category_id, p.tags, p.sales_count, now() - make_interval(days => p.days)
         FROM jsonb_to_recordset($1::jsonb) AS p(handle text, title text, vendor text, description_md text, description_html text,
              category_id uuid, tags text[], sales_count int, days int)
       RETURNING id, handle`,
      [
        JSON.stringify(
          batch.map((p) => ({
            handle: p.handle,
            title: p.title,
            vendor: p.vendor,
            description_md: p.description,
            description_html: renderDescription(p.description),
            category_id: categories.get(p.category),
            tags: p.tags,
            sales_count: p.salesCount,
            days: p.daysSincePublished,
          })),
        ),
      ],
    );
    const idByHandle = new Map(products.map((p) => [p.handle, p.id]));
    const ids = batch.map((p) => idByHandle.get(p.handle)!);
    const options = batch.flatMap((p, i) =>
      p.options.map((o, position) => ({ product_id: ids[i], name: o.name, position, values: o.values })),
    );
    await tx.query(
      `INSERT INTO product_options (product_id, name, position, "values") SELECT product_id, name, position, "values" FROM jsonb_to_recordset($1::jsonb) AS o(product_id uuid, name text, position int, "values" text[])`,
      [JSON.stringify(options)],
    );
    const variants = batch.flatMap((p, i) =>
      p.variants.map((v, position) => ({
        id: randomUUID(),
        product_id: ids[i],
        sku: v.sku,
        title: v.title,
        options: v.options,
        position,
        weight_grams: v.weightGrams,
        allow_backorder: v.allowBackorder,
        backorder_expected_at: v.backorderExpectedAt,
        low_stock_threshold: v.lowStockThreshold,
        price: v.price,
        compare_at: v.compareAt,
        stock: v.stock,
      })),
    );
    await tx.query(
      `INSERT INTO product_variants (id, product_id, sku, title, options, position, weight_grams, allow_backorder, backorder_expected_at, low_stock_threshold)
       SELECT id, product_id, sku, title, options, position, weight_grams, allow_backorder, backorder_expected_at, low_stock_threshold
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, product_id uuid, sku text, title text, options jsonb, position int, weight_grams int,
              allow_backorder boolean, backorder_expected_at date, low_stock_threshold int)`,
      [JSON.stringify(variants)],
    );
    await tx.query(
      `INSERT INTO variant_prices (variant_id, currency, amount, compare_at_amount)
       SELECT id, 'EUR', price, compare_at FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, price bigint, compare_at bigint)`,
      [JSON.stringify(variants)],
    );
    const stock = variants.flatMap((v) =>
      LOCATION_CODES.filter((code) => v.stock[code] > 0).map((code) => ({
        variant_id: v.id,
        location_id: locations.get(code),
        quantity: v.stock[code],
      })),
    );
    // Opening stock arrives as received movements, so every level equals the sum of its ledger from the start.
    await tx.query(
      `WITH s AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(variant_id uuid, location_id uuid, quantity int)),
            levels AS (INSERT INTO stock_levels (variant_id, location_id, on_hand) SELECT variant_id, location_id, quantity FROM s)
       INSERT INTO stock_movements (variant_id, location_id, kind, on_hand_delta, reserved_delta, reference_type, note, actor_type)
       SELECT variant_id, location_id, 'received', quantity, 0, 'demo', 'Opening stock', 'system' FROM s`,
      [JSON.stringify(stock)],
    );
    return ids;
  }

  private async seedImages(batch: PlannedProduct[], productIds: string[], drawings: Map<string, Promise<DemoImage>>): Promise<void> {
    const rows: { id: string; product_id: string; alt: string; position: number }[] = [];
    for (const [i, product] of batch.entries()) {
      const leaf = LEAVES.find((l) => l.handle === product.category)!;
      for (const [position, image] of product.images.entries()) {
        const colour = COLOURS.find((c) => c.name === image.colour)!;
        const key = `${leaf.silhouette}:${colour.name}`;
        if (!drawings.has(key)) drawings.set(key, renderDemoImage(leaf.silhouette, colour));
        const drawing = await drawings.get(key)!;
        const id = randomUUID();
        await this.storage.put(imageKey(productIds[i], id, 'large'), drawing.large, 'image/webp');
        await this.storage.put(imageKey(productIds[i], id, 'thumb'), drawing.thumb, 'image/webp');
        rows.push({ id, product_id: productIds[i], alt: image.alt, position });
      }
    }
    await this.db.manager.query(
      `INSERT INTO product_images (id, product_id, storage_key, alt, position, width, height)
       SELECT id, product_id, 'products/' || product_id || '/' || id, alt, position, 800, 800
         FROM jsonb_to_recordset($1::jsonb) AS i(id uuid, product_id uuid, alt text, position int)`,
      [JSON.stringify(rows)],
    );
  }

  private async seedCollections(tx: EntityManager): Promise<void> {
    await tx.query(`
      INSERT INTO collections (handle, title, description, featured, position) VALUES
        ('winter-essentials', 'Winter essentials', 'Knitwear, coats and the warmest accessories for the cold months.', true, 0),
        ('new-arrivals', 'New arrivals', 'Just landed: the latest additions to the shop.', true, 1),
        ('gift-ideas', 'Gift ideas', 'Thoughtful presents for everyone on your list.', true, 2);
      INSERT INTO product_collections (collection_id, product_id, position)
      SELECT c.id, p.id, row_number() OVER (ORDER BY p.sales_count DESC)
        FROM collections c JOIN products p ON p.category_id IN (SELECT id FROM categories WHERE handle IN ('knitwear', 'outerwear', 'hats-scarves', 'throws'))
       WHERE c.handle = 'winter-essentials' AND p.sales_count > 150;
      INSERT INTO product_collections (collection_id, product_id, position)
      SELECT c.id, p.id, row_number() OVER (ORDER BY p.published_at DESC)
        FROM collections c, (SELECT id, published_at FROM products ORDER BY published_at DESC LIMIT 16) p WHERE c.handle = 'new-arrivals';
      INSERT INTO product_collections (collection_id, product_id, position)
      SELECT c.id, p.id, row_number() OVER (ORDER BY p.title)
        FROM collections c JOIN products p ON 'gift' = ANY(p.tags) WHERE c.handle = 'gift-ideas';
    `);
  }

  private async seedSales(tx: EntityManager, categories: Map<string, string>): Promise<void> {
    const [winter] = await tx.query(
      `INSERT INTO price_lists (name, status, discount_type, percentage_bp, applies_to, starts_at, ends_at)
       VALUES ('Winter sale', 'active', 'percentage', 2000, 'categories', now() - interval '2 days', now() + interval '14 days') RETURNING id`,
    );
    const [accessories] = await tx.query(
      `INSERT INTO price_lists (name, status, discount_type, percentage_bp, applies_to, starts_at, ends_at)
       VALUES ('Accessories week', 'active', 'percentage', 1500, 'categories', now() - interval '1 day', now() + interval '6 days') RETURNING id`,
    );
    await tx.query(
      `INSERT INTO price_lists (name, status, discount_type, percentage_bp, applies_to, starts_at, ends_at)
       VALUES ('New year home sale', 'active', 'percentage', 3000, 'all', date_trunc('year', now()) + interval '1 year', date_trunc('year', now()) + interval '1 year 7 days')`,
    );
    await tx.query(`INSERT INTO price_list_targets (price_list_id, target_id) SELECT $1, unnest($2::uuid[])`, [
      winter.id,
      [categories.get('knitwear'), categories.get('outerwear')],
    ]);
    await tx.query(`INSERT INTO price_list_targets (price_list_id, target_id) VALUES ($1, $2)`, [
      accessories.id,
      categories.get('accessories'),
    ]);
  }
}
