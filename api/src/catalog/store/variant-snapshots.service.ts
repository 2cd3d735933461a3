import { Injectable } from '@nestjs/common';
import { VariantStock, variantStockOf, variantStockSql, VariantStockRow } from '../../inventory/inventory-availability.service';
import { Db } from '../../platform/database/db.service';
import { ProductImages } from '../media/product-images.service';
import { isUuid } from '../../platform/validation/uuid';

/** A variant as a cart or an order line needs it, with its price now and its stock. */
export interface VariantSnapshot {
  variantId: string;
  productId: string;
  productHandle: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  options: Record<string, string>;
  weightGrams: number;
  thumbnailUrl: string | null;
  /** False when the product is not active: it can no longer be bought. */
  active: boolean;
  /** The current price in the currency (sales applied), minor units; null when the variant has none in it. */
  unitPrice: number | null;
  wasUnitPrice: number | null;
  stock: VariantStock;
  /** Only a tracked variant that takes no backorders is limited to what is available. */
  limitedByStock: boolean;
}

interface SnapshotRow extends VariantStockRow {
  id: string;
  product_id: string;
  handle: string;
  product_title: string;
  title: string;
  sku: string;
  options: Record<string, string>;
  weight_grams: number | null;
  image_id: string | null;
  active: boolean;
  amount: string | null;
  was_amount: string | null;
}

const STOCK = variantStockSql('v', { byLocation: true });

/** Read side of the catalog for carts and checkout: any number of variants in one query. */
@Injectable()
export class VariantSnapshots {
  constructor(
    private readonly db: Db,
    private readonly images: ProductImages,
  ) {}

  async forVariants(variantIds: readonly string[], currency: string): Promise<Map<string, VariantSnapshot>> {
    const ids = [...new Set(variantIds.filter((id) => isUuid(id)).map((id) => id.toLowerCase()))];
    if (!ids.length) return new Map();
    const rows: SnapshotRow[] = await this.db.read(
      `SELECT v.id, v.product_id, p.handle, p.title AS product_title, v.title, v.sku, v.options, v.weight_grams,
              (p.status = 'active') AS active, cp.amount, cp.was_amount,
              (SELECT i.id FROM product_images i WHERE i.product_id = p.id ORDER BY (i.variant_id = v.id) DESC NULLS LAST, i.position, i.id LIMIT 1) AS image_id,
              ${STOCK.columns}
         FROM product_variants v
         JOIN products p ON p.id = v.product_id
         LEFT JOIN variant_current_prices cp ON cp.variant_id = v.id AND cp.currency = $2
         ${STOCK.join}
        WHERE v.id = ANY($1::uuid[])`,
      [ids, currency],
    );
    return new Map(rows.map((row) => [row.id, this.toSnapshot(row)]));
  }

  private toSnapshot(row: SnapshotRow): VariantSnapshot {
    return {
      variantId: row.id,
      productId: row.product_id,
      productHandle: row.handle,
      productTitle: row.product_title,
      variantTitle: row.title,
      sku: row.sku,
      options: row.options,
      weightGrams: row.weight_grams ?? 0,
      thumbnailUrl: row.image_id ? this.images.urlOf(row.product_id, row.image_id, 'thumb') : null,
      active: row.active,
      unitPrice: row.amount === null ? null : Number(row.amount),
      wasUnitPrice: row.was_amount === null ? null : Number(row.was_amount),
      stock: variantStockOf(row),
      limitedByStock: row.track_inventory && !row.allow_backorder,
    };
  }
}
