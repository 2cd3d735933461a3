import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { currentPrice, isInForce, Sale, SaleScope, saleCovers } from './price-calculation';

const PRICE_REFRESH_LOCK = 7_302_515;

interface SaleRow {
  id: string;
  discount_type: 'percentage' | 'fixed';
  percentage_bp: number | null;
  fixed_amount: string | null;
  fixed_currency: string | null;
  applies_to: SaleScope['appliesTo'];
  starts_at: Date | null;
  ends_at: Date | null;
  target_ids: string[];
}

interface VariantPriceRow {
  variant_id: string;
  product_id: string;
  currency: string;
  amount: string;
  compare_at_amount: string | null;
  category_ids: string[];
  collection_ids: string[];
}

/**
 * Writes the stored current price of variants (and each product's price range) from base prices and
 * the sales in force. Runs in the transaction of whatever changed a price, a sale or a product's
 * placement, and when a sale starts or ends; set-based, so a sale over the whole catalog is one pass.
 */
@Injectable()
export class CurrentPrices {
  async refresh(tx: EntityManager, scope: { productIds: string[] } | 'all', now = new Date()): Promise<void> {
    if (scope !== 'all' && scope.productIds.length === 0) return;
    // Refreshes replace rows (delete, then insert): two at once over the same products would collide, so
    // they take turns. They are admin-paced writes; the lock is held only until this transaction ends.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [PRICE_REFRESH_LOCK]);
    const sales = await this.salesInForce(tx, now);
    const productFilter = scope === 'all' ? '' : 'WHERE v.product_id = ANY($1)';
    const rows: VariantPriceRow[] = await tx.query(
      `SELECT v.id AS variant_id, v.product_id, vp.currency, vp.amount, vp.compare_at_amount,
              CASE WHEN p.category_id IS NULL THEN '{}'::uuid[] ELSE c.ancestors || p.category_id END AS category_ids,
              COALESCE((SELECT array_agg(pc.collection_id) FROM product_collections pc WHERE pc.product_id = p.id), '{}') AS collection_ids
         FROM product_variants v
         JOIN products p ON p.id = v.product_id
         JOIN variant_prices vp ON vp.variant_id = v.id
         LEFT JOIN categories c ON c.id = p.category_id
        ${productFilter}`,
      scope === 'all' ? [] : [scope.productIds],
    );
    const priced = rows.map((row) => {
      const placement = { productId: row.product_id, categoryIds: row.category_ids, collectionIds: row.collection_ids };
      const applicable = sales.filter((s) => saleCovers(s.scope, placement)).map((s) => s.sale);
      const price = currentPrice(
        Number(row.amount),
        row.currency.trim(),
        row.compare_at_amount === null ? null : Number(row.compare_at_amount),
        applicable,
      );
      return { row, price };
    });
    const deleteFilter = scope === 'all' ? '' : 'WHERE product_id = ANY($1)';
    const params = scope === 'all' ? [] : [scope.productIds];
    await tx.query(`DELETE FROM product_price_ranges ${deleteFilter}`, params);
    await tx.query(
      `DELETE FROM variant_current_prices ${scope === 'all' ? '' : 'WHERE variant_id IN (SELECT id FROM product_variants WHERE product_id = ANY($1))'}`,
      params,
    );
    if (!priced.length) return;
    await tx.query(
      `INSERT INTO variant_current_prices (variant_id, currency, amount, was_amount, price_list_id, computed_at)
       SELECT * , now() FROM unnest($1::uuid[], $2::char(3)[], $3::bigint[], $4::bigint[], $5::uuid[])`,
      [
        priced.map((p) => p.row.variant_id),
        priced.map((p) => p.row.currency),
        priced.map((p) => p.price.amount),
        priced.map((p) => p.price.wasAmount),
        priced.map((p) => p.price.saleId),
      ],
    );
    await tx.query(
      `INSERT INTO product_price_ranges (product_id, currency, min_amount, max_amount, max_discount_percent)
       SELECT v.product_id, cp.currency, min(cp.amount), max(cp.amount),
              COALESCE(max(CASE WHEN cp.was_amount > 0 THEN ((cp.was_amount - cp.amount) * 100 / cp.was_amount) END), 0)
         FROM variant_current_prices cp JOIN product_variants v ON v.id = cp.variant_id
        ${scope === 'all' ? '' : 'WHERE v.product_id = ANY($1)'}
        GROUP BY v.product_id, cp.currency`,
      params,
    );
  }

  private async salesInForce(tx: EntityManager, now: Date): Promise<{ sale: Sale; scope: SaleScope }[]> {
    const rows: SaleRow[] = await tx.query(
      `SELECT pl.id, pl.discount_type, pl.percentage_bp, pl.fixed_amount, pl.fixed_currency, pl.applies_to, pl.starts_at, pl.ends_at,
              COALESCE((SELECT array_agg(t.target_id) FROM price_list_targets t WHERE t.price_list_id = pl.id), '{}') AS target_ids
         FROM price_lists pl
        WHERE pl.status = 'active' AND (pl.starts_at IS NULL OR pl.starts_at <= $1) AND (pl.ends_at IS NULL OR pl.ends_at > $1)`,
      [now],
    );
    return rows
      .map((row) => ({
        sale: {
          id: row.id,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          discount:
            row.discount_type === 'percentage'
              ? { type: 'percentage' as const, basisPoints: row.percentage_bp ?? 0 }
              : { type: 'fixed' as const, amount: Number(row.fixed_amount), currency: (row.fixed_currency ?? '').trim() },
        },
        scope: { appliesTo: row.applies_to, targetIds: new Set(row.target_ids) },
      }))
      .filter(({ sale }) => isInForce(sale, now));
  }
}
