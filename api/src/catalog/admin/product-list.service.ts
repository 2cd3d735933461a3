import { Injectable } from '@nestjs/common';
import { escapeLike } from '../../platform/database/like';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { BadRequest } from '../../platform/errors/domain-error';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page } from '../../platform/pagination/page';
import { CurrentPrices } from '../../pricing/current-prices.service';
import { AdminProductListQuery } from '../dto/product-query.dto';
import { BulkProductsDto } from '../dto/product.dto';
import { AdminProductSummaryView, BulkResultView } from '../dto/product.view';
import { ProductImages } from '../media/product-images.service';

interface SummaryRow {
  id: string;
  handle: string;
  title: string;
  status: 'draft' | 'active' | 'archived';
  created_at: Date;
  updated_at: Date;
  category_name: string | null;
  variant_count: number;
  price_from: string | null;
  available: number;
  image_id: string | null;
}

/** The admin's product list (one query per page, bounded) and its bulk actions. */
@Injectable()
export class ProductList {
  constructor(
    private readonly db: Db,
    private readonly images: ProductImages,
    private readonly prices: CurrentPrices,
    private readonly config: AppConfig,
  ) {}

  async list(query: AdminProductListQuery): Promise<Page<AdminProductSummaryView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where: string[] = [];
    const params: unknown[] = [this.config.store.currency];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (query.status) add('p.status = ?', query.status);
    if (query.categoryId)
      add('p.category_id IN (SELECT c2.id FROM categories c2 WHERE c2.id = ?::uuid OR ?::uuid = ANY(c2.ancestors))', query.categoryId);
    if (query.collectionId)
      add('EXISTS (SELECT 1 FROM product_collections pc WHERE pc.product_id = p.id AND pc.collection_id = ?)', query.collectionId);
    if (query.q) {
      add(
        '(p.title ILIKE ? OR p.handle ILIKE ? OR EXISTS (SELECT 1 FROM product_variants sv WHERE sv.product_id = p.id AND sv.sku ILIKE ?))',
        `%${escapeLike(query.q)}%`,
      );
    }
    if (query.cursor) {
      const [createdAt, id] = decodeCursor(query.cursor, 2);
      params.push(createdAt, id);
      where.push(`(p.created_at, p.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: SummaryRow[] = await this.db.manager.query(
      `SELECT p.id, p.handle, p.title, p.status, p.created_at, p.updated_at, c.name AS category_name,
              (SELECT count(*)::int FROM product_variants v WHERE v.product_id = p.id) AS variant_count,
              (SELECT min_amount FROM product_price_ranges r WHERE r.product_id = p.id AND r.currency = $1) AS price_from,
              (SELECT COALESCE(sum(l.on_hand - l.reserved), 0)::int FROM product_variants v JOIN stock_levels l ON l.variant_id = v.id
                WHERE v.product_id = p.id AND v.track_inventory) AS available,
              (SELECT i.id FROM product_images i WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) AS image_id
         FROM products p LEFT JOIN categories c ON c.id = p.category_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT $${params.length}`,
      params,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => ({
        id: row.id,
        handle: row.handle,
        title: row.title,
        status: row.status,
        thumbnailUrl: row.image_id ? this.images.urlOf(row.id, row.image_id, 'thumb') : null,
        categoryName: row.category_name,
        variantCount: row.variant_count,
        priceFrom: row.price_from === null ? null : { amount: Number(row.price_from), currency: this.config.store.currency },
        available: row.available,
        updatedAt: row.updated_at.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
    };
  }

  async bulk(input: BulkProductsDto): Promise<BulkResultView> {
    if (input.action === 'set_status' && !input.status)
      throw new BadRequest('invalid_bulk', 'Say which status.', [{ pointer: '/status', detail: 'is required' }]);
    if (input.action === 'adjust_prices' && (input.percent === undefined || !input.currency)) {
      const errors = [
        ...(input.percent === undefined ? [{ pointer: '/percent', detail: 'is required' }] : []),
        ...(!input.currency ? [{ pointer: '/currency', detail: 'is required' }] : []),
      ];
      throw new BadRequest('invalid_bulk', 'Say by how much and in which currency.', errors);
    }
    return this.db.transaction(async (tx) => {
      if (input.action === 'set_status') {
        const [, updated] = await tx.query(
          `UPDATE products SET status = $2, updated_at = now(), published_at = CASE WHEN $2 = 'active' THEN COALESCE(published_at, now()) ELSE published_at END
            WHERE id = ANY($1)`,
          [input.productIds, input.status],
        );
        return { updated };
      }
      // Rounded half away from zero to the minor unit; never below zero.
      const [, updated] = await tx.query(
        `UPDATE variant_prices SET amount = GREATEST(0, round(amount * (100 + $3::numeric) / 100)), updated_at = now()
          WHERE currency = $2 AND variant_id IN (SELECT id FROM product_variants WHERE product_id = ANY($1))`,
        [input.productIds, input.currency, input.percent],
      );
      await this.prices.refresh(tx, { productIds: input.productIds });
      return { updated };
    });
  }
}
