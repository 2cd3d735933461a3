import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db, isUniqueViolation } from '../../platform/database/db.service';
import { BadRequest, Conflict, NotFound } from '../../platform/errors/domain-error';
import { CurrentPrices } from '../../pricing/current-prices.service';
import { AdminProductView } from '../dto/product.view';
import { CreateVariantDto, UpdateVariantDto } from '../dto/variant.dto';
import { combinationKey, OptionSpec, variantErrors, variantTitle } from '../variant-rules';
import { ProductReader } from './product-reader.service';

/** Variants and their base prices. A variant with stock history is never deleted (the ledger refers to it). */
@Injectable()
export class VariantWriter {
  constructor(
    private readonly db: Db,
    private readonly reader: ProductReader,
    private readonly prices: CurrentPrices,
  ) {}

  /** Inserts variants and their prices in two statements, however many there are. */
  async insert(
    tx: EntityManager,
    productId: string,
    options: OptionSpec[],
    variants: CreateVariantDto[],
    firstPosition = 0,
  ): Promise<string[]> {
    const inserted: { id: string; sku: string }[] = await tx.query(
      `INSERT INTO product_variants (product_id, sku, barcode, title, options, position, weight_grams, length_mm, width_mm, height_mm,
                                     track_inventory, allow_backorder, backorder_expected_at, low_stock_threshold)
       SELECT $1, v->>'sku', v->>'barcode', v->>'title', v->'options', (v->>'position')::int, (v->>'weightGrams')::int,
              (v->>'lengthMm')::int, (v->>'widthMm')::int, (v->>'heightMm')::int, (v->>'trackInventory')::boolean,
              (v->>'allowBackorder')::boolean, (v->>'backorderExpectedAt')::date, (v->>'lowStockThreshold')::int
         FROM jsonb_array_elements($2::jsonb) AS t(v)
       RETURNING id, sku`,
      [productId, JSON.stringify(variants.map((v, i) => this.columns(options, v, firstPosition + i)))],
    );
    // RETURNING order is not promised to follow the input: match rows back by SKU, which is unique.
    const idBySku = new Map(inserted.map((r) => [r.sku, r.id]));
    const rows = variants.map((v) => ({ id: idBySku.get(v.sku)! }));
    const prices = variants.flatMap((v, i) => (v.prices ?? []).map((p) => ({ variantId: rows[i].id, ...p })));
    await this.upsertPrices(tx, prices);
    return rows.map((r) => r.id);
  }

  add(productId: string, input: CreateVariantDto): Promise<AdminProductView> {
    return this.write(async (tx) => {
      await this.addIn(tx, productId, input);
      return this.reader.read(tx, productId);
    });
  }

  update(productId: string, variantId: string, input: UpdateVariantDto): Promise<AdminProductView> {
    return this.write(async (tx) => {
      await this.updateIn(tx, productId, variantId, input);
      return this.reader.read(tx, productId);
    });
  }

  /** Adds a variant in the caller's transaction; returns its id. */
  async addIn(tx: EntityManager, productId: string, input: CreateVariantDto): Promise<string> {
    const { options, existing, count } = await this.productShape(tx, productId);
    const errors = variantErrors(options, [input], existing, '');
    if (errors.length)
      throw new BadRequest(
        'invalid_variant',
        'The variant is not valid.',
        errors.map((e) => ({ ...e, pointer: e.pointer.replace(/^\/0/, '') })),
      );
    await this.assertSkusFree(tx, [input], true);
    const [id] = await this.insert(tx, productId, options, [input], count);
    await this.prices.refresh(tx, { productIds: [productId] });
    return id;
  }

  /** Edits a variant in the caller's transaction. */
  async updateIn(tx: EntityManager, productId: string, variantId: string, input: UpdateVariantDto): Promise<void> {
    const { options, existing } = await this.productShape(tx, productId);
    const current = existing.find((e) => e.id === variantId);
    if (!current) throw new NotFound('variant');
    const others = existing.filter((e) => e.id !== variantId);
    const merged = { sku: input.sku ?? current.sku, options: input.options ?? current.options, prices: input.prices };
    const errors = variantErrors(options, [merged], others, '');
    if (errors.length)
      throw new BadRequest(
        'invalid_variant',
        'The variant is not valid.',
        errors.map((e) => ({ ...e, pointer: e.pointer.replace(/^\/0/, '') })),
      );
    if (input.sku && input.sku !== current.sku) await this.assertSkusFree(tx, [input], true);
    const { prices, dimensions, options: values, ...fields } = input;
    const set: Record<string, unknown> = {
      sku: fields.sku,
      barcode: fields.barcode,
      weight_grams: fields.weightGrams,
      track_inventory: fields.trackInventory,
      allow_backorder: fields.allowBackorder,
      backorder_expected_at: fields.backorderExpectedAt,
      low_stock_threshold: fields.lowStockThreshold,
      position: fields.position,
      ...(values ? { options: JSON.stringify(values), title: variantTitle(options, values) } : {}),
      ...(dimensions !== undefined
        ? { length_mm: dimensions?.lengthMm ?? null, width_mm: dimensions?.widthMm ?? null, height_mm: dimensions?.heightMm ?? null }
        : {}),
    };
    const entries = Object.entries(set).filter(([, value]) => value !== undefined);
    if (entries.length) {
      await tx.query(
        `UPDATE product_variants SET ${entries.map(([column], i) => `${column} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
        [variantId, ...entries.map(([, value]) => value)],
      );
    }
    if (prices) {
      await tx.query('DELETE FROM variant_prices WHERE variant_id = $1 AND NOT (currency = ANY($2))', [
        variantId,
        prices.map((p) => p.currency),
      ]);
      await this.upsertPrices(
        tx,
        prices.map((p) => ({ variantId, ...p })),
      );
      await this.prices.refresh(tx, { productIds: [productId] });
    }
  }

  async remove(productId: string, variantId: string): Promise<AdminProductView> {
    return this.db.transaction(async (tx) => {
      const [variant] = await tx.query(
        `SELECT v.id, (SELECT count(*)::int FROM product_variants WHERE product_id = $1) AS siblings,
                EXISTS (SELECT 1 FROM stock_movements m WHERE m.variant_id = v.id) AS has_history
           FROM product_variants v WHERE v.id = $2 AND v.product_id = $1 FOR UPDATE`,
        [productId, variantId],
      );
      if (!variant) throw new NotFound('variant');
      if (variant.siblings <= 1) throw new Conflict('last_variant', 'A product keeps at least one variant; archive the product instead.');
      if (variant.has_history)
        throw new Conflict('variant_has_history', 'This variant has stock history, so it stays; set its stock to zero instead.');
      await tx.query('DELETE FROM stock_levels WHERE variant_id = $1', [variantId]);
      await tx.query('DELETE FROM product_variants WHERE id = $1', [variantId]);
      await this.prices.refresh(tx, { productIds: [productId] });
      return this.reader.read(tx, productId);
    });
  }

  /** SKUs are unique across the catalog: say which ones are taken, by field, before the insert fails on them. */
  async assertSkusFree(tx: EntityManager, variants: { sku?: string }[], single = false): Promise<void> {
    const skus = variants.map((v) => v.sku?.toLowerCase()).filter((s): s is string => Boolean(s));
    if (!skus.length) return;
    const taken: { sku: string }[] = await tx.query('SELECT lower(sku) AS sku FROM product_variants WHERE lower(sku) = ANY($1)', [skus]);
    if (!taken.length) return;
    const takenSet = new Set(taken.map((t) => t.sku));
    const errors = variants.flatMap((v, i) =>
      v.sku && takenSet.has(v.sku.toLowerCase())
        ? [{ pointer: single ? '/sku' : `/variants/${i}/sku`, detail: 'is used by another variant' }]
        : [],
    );
    throw new Conflict('sku_taken', `SKU already in use: ${taken.map((t) => t.sku).join(', ')}.`, errors);
  }

  private async upsertPrices(
    tx: EntityManager,
    prices: { variantId: string; amount: number; currency: string; compareAtAmount?: number | null }[],
  ): Promise<void> {
    if (!prices.length) return;
    await tx.query(
      `INSERT INTO variant_prices (variant_id, currency, amount, compare_at_amount)
       SELECT * FROM unnest($1::uuid[], $2::char(3)[], $3::bigint[], $4::bigint[])
       ON CONFLICT (variant_id, currency) DO UPDATE SET amount = EXCLUDED.amount, compare_at_amount = EXCLUDED.compare_at_amount, updated_at = now()`,
      [
        prices.map((p) => p.variantId),
        prices.map((p) => p.currency),
        prices.map((p) => p.amount),
        prices.map((p) => p.compareAtAmount ?? null),
      ],
    );
  }

  private columns(options: OptionSpec[], v: CreateVariantDto, position: number) {
    const values = v.options ?? {};
    return {
      sku: v.sku,
      barcode: v.barcode ?? null,
      title: variantTitle(options, values),
      options: values,
      position: v.position ?? position,
      weightGrams: v.weightGrams ?? null,
      lengthMm: v.dimensions?.lengthMm ?? null,
      widthMm: v.dimensions?.widthMm ?? null,
      heightMm: v.dimensions?.heightMm ?? null,
      trackInventory: v.trackInventory ?? true,
      allowBackorder: v.allowBackorder ?? false,
      backorderExpectedAt: v.backorderExpectedAt ?? null,
      lowStockThreshold: v.lowStockThreshold ?? 5,
    };
  }

  private async productShape(tx: EntityManager, productId: string) {
    const [product] = await tx.query('SELECT id FROM products WHERE id = $1 FOR UPDATE', [productId]);
    if (!product) throw new NotFound('product');
    const options: OptionSpec[] = await tx.query('SELECT name, "values" FROM product_options WHERE product_id = $1 ORDER BY position', [
      productId,
    ]);
    const variants: { id: string; sku: string; options: Record<string, string> }[] = await tx.query(
      'SELECT id, sku, options FROM product_variants WHERE product_id = $1',
      [productId],
    );
    return {
      options,
      count: variants.length,
      existing: variants.map((v) => ({ ...v, combination: combinationKey(options, v.options) })),
    };
  }

  private async write<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'product_variants_sku_key') || isUniqueViolation(error, 'product_variants_barcode_key')) {
        throw new Conflict('sku_taken', 'Another variant has this SKU or barcode.');
      }
      throw error;
    }
  }
}
