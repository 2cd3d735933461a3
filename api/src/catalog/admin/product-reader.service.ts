import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotFound } from '../../platform/errors/domain-error';
import { AdminProductView, AdminVariantView } from '../dto/product.view';
import { ProductImages } from '../media/product-images.service';

interface VariantRow {
  id: string;
  sku: string;
  barcode: string | null;
  title: string;
  options: Record<string, string>;
  position: number;
  weight_grams: number | null;
  length_mm: number | null;
  width_mm: number | null;
  height_mm: number | null;
  track_inventory: boolean;
  allow_backorder: boolean;
  backorder_expected_at: string | null;
  low_stock_threshold: number;
  prices: { amount: number; currency: string; compareAtAmount: number | null }[] | null;
  current_prices: { amount: number; currency: string }[] | null;
}

/** Runs queries one after another: a transaction has one connection, and pg (from v9) refuses overlapping queries on it. */
async function inOrder<T extends unknown[]>(queries: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const answers: unknown[] = [];
  for (const query of queries) answers.push(await query());
  return answers as T;
}

/** The admin's whole view of one product, in five set-based queries whatever its size. */
@Injectable()
export class ProductReader {
  constructor(private readonly images: ProductImages) {}

  async read(tx: EntityManager, id: string): Promise<AdminProductView> {
    const [product] = await tx.query(
      `SELECT p.*, c.name AS category_name FROM products p LEFT JOIN categories c ON c.id = p.category_id WHERE p.id = $1`,
      [id],
    );
    if (!product) throw new NotFound('product');
    const [options, variants, images, collections] = await inOrder([
      () => tx.query(`SELECT name, "values" FROM product_options WHERE product_id = $1 ORDER BY position, name`, [id]),
      () =>
        tx.query(
          `SELECT v.*,
                (SELECT json_agg(json_build_object('amount', vp.amount, 'currency', vp.currency, 'compareAtAmount', vp.compare_at_amount) ORDER BY vp.currency)
                   FROM variant_prices vp WHERE vp.variant_id = v.id) AS prices,
                (SELECT json_agg(json_build_object('amount', cp.amount, 'currency', cp.currency) ORDER BY cp.currency)
                   FROM variant_current_prices cp WHERE cp.variant_id = v.id) AS current_prices
           FROM product_variants v WHERE v.product_id = $1 ORDER BY v.position, v.sku`,
          [id],
        ) as Promise<VariantRow[]>,
      () =>
        tx.query(`SELECT id, product_id, alt, variant_id, width, height FROM product_images WHERE product_id = $1 ORDER BY position, id`, [
          id,
        ]),
      () =>
        tx.query(
          `SELECT c.id, c.title AS name FROM product_collections pc JOIN collections c ON c.id = pc.collection_id WHERE pc.product_id = $1 ORDER BY c.title`,
          [id],
        ),
    ]);
    return {
      id: product.id,
      handle: product.handle,
      title: product.title,
      subtitle: product.subtitle,
      vendor: product.vendor,
      description: product.description_md,
      descriptionHtml: product.description_html,
      status: product.status,
      category: product.category_id ? { id: product.category_id, name: product.category_name } : null,
      collections,
      tags: product.tags,
      seoTitle: product.seo_title,
      seoDescription: product.seo_description,
      options: options.map((o: { name: string; values: string[] }) => ({ name: o.name, values: o.values })),
      variants: variants.map(toVariantView),
      images: images.map(
        (i: { id: string; product_id: string; alt: string; variant_id: string | null; width: number | null; height: number | null }) =>
          this.images.view({ id: i.id, productId: i.product_id, alt: i.alt, variantId: i.variant_id, width: i.width, height: i.height }),
      ),
      publishedAt: product.published_at?.toISOString() ?? null,
      createdAt: product.created_at.toISOString(),
      updatedAt: product.updated_at.toISOString(),
    };
  }
}

function toVariantView(row: VariantRow): AdminVariantView {
  const money = (values: { amount: number; currency: string }[] | null) =>
    (values ?? []).map((p) => ({ amount: Number(p.amount), currency: p.currency.trim() }));
  return {
    id: row.id,
    sku: row.sku,
    barcode: row.barcode,
    title: row.title,
    options: row.options,
    position: row.position,
    prices: (row.prices ?? []).map((p) => ({
      amount: Number(p.amount),
      currency: p.currency.trim(),
      compareAtAmount: p.compareAtAmount === null ? null : Number(p.compareAtAmount),
    })),
    currentPrices: money(row.current_prices),
    weightGrams: row.weight_grams,
    dimensions:
      row.length_mm !== null && row.width_mm !== null && row.height_mm !== null
        ? { lengthMm: row.length_mm, widthMm: row.width_mm, heightMm: row.height_mm }
        : null,
    trackInventory: row.track_inventory,
    allowBackorder: row.allow_backorder,
    backorderExpectedAt: row.backorder_expected_at,
    lowStockThreshold: row.low_stock_threshold,
  };
}
