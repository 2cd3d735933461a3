import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { DEFAULT_PAGE_SIZE, encodeCursor, Page } from '../../platform/pagination/page';
import { SqlParams } from '../sql-params';
import { stockCursor } from '../stock-cursor';
import { StockLevelQuery } from './dto/stock-level.query';
import { StockLevelView, toStockLevelView } from './dto/stock-level.view';
import { isUuid } from '../../platform/validation/uuid';

interface LevelRow {
  variant_id: string;
  sku: string;
  product_id: string;
  product_title: string;
  variant_title: string;
  location_id: string;
  location_name: string;
  on_hand: number;
  reserved: number;
  low_stock_threshold: number;
  track_inventory: boolean;
  allow_backorder: boolean;
  updated_at: Date;
}

/** Stock levels for staff: by SKU, then location. */
@Injectable()
export class StockLevelQueries {
  constructor(private readonly db: Db) {}

  /**
   * Keyset by (sku, location id): walks product_variants_sku_key in order and reaches each variant's
   * levels through the stock_levels primary key; a variant, product or location filter starts from its
   * own index instead. The low-stock filter compares two tables' columns, so no index can serve it: it
   * filters along the walk, and the page bound keeps the walk short where low levels are common.
   */
  async list(query: StockLevelQuery): Promise<Page<StockLevelView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params = new SqlParams();
    const where: string[] = [];
    if (query.variantId) where.push(`l.variant_id = ${params.add(query.variantId)}::uuid`);
    if (query.productId) where.push(`v.product_id = ${params.add(query.productId)}::uuid`);
    if (query.locationId) where.push(`l.location_id = ${params.add(query.locationId)}::uuid`);
    if (query.lowStock !== undefined) {
      where.push(`${query.lowStock ? '' : 'NOT '}(v.track_inventory AND l.on_hand - l.reserved <= v.low_stock_threshold)`);
    }
    if (query.cursor) {
      const [sku, locationId] = stockCursor(query.cursor, (values) => typeof values[0] === 'string' && isUuid(String(values[1])));
      const skuParam = params.add(sku);
      // The first term lets the planner start the sku index at the cursor; the row comparison breaks ties.
      where.push(`v.sku >= ${skuParam} AND (v.sku, l.location_id) > (${skuParam}, ${params.add(locationId)}::uuid)`);
    }
    const rows: LevelRow[] = await this.db.manager.query(
      `SELECT l.variant_id, v.sku, v.product_id, p.title AS product_title, v.title AS variant_title,
              l.location_id, loc.name AS location_name, l.on_hand, l.reserved, v.low_stock_threshold,
              v.track_inventory, v.allow_backorder, l.updated_at
         FROM stock_levels l
         JOIN product_variants v ON v.id = l.variant_id
         JOIN products p ON p.id = v.product_id
         JOIN stock_locations loc ON loc.id = l.location_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY v.sku, l.location_id
        LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) =>
        toStockLevelView({
          variantId: row.variant_id,
          sku: row.sku,
          productId: row.product_id,
          productTitle: row.product_title,
          variantTitle: row.variant_title,
          locationId: row.location_id,
          locationName: row.location_name,
          onHand: row.on_hand,
          reserved: row.reserved,
          available: row.on_hand - row.reserved,
          lowStockThreshold: row.low_stock_threshold,
          trackInventory: row.track_inventory,
          allowBackorder: row.allow_backorder,
          updatedAt: row.updated_at,
        }),
      ),
      nextCursor: rows.length > limit && last ? encodeCursor([last.sku, last.location_id]) : null,
    };
  }
}
