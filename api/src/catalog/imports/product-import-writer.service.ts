import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { levelKey, StockLedger } from '../../inventory/stock-ledger.service';
import { BadRequest, FieldError } from '../../platform/errors/domain-error';
import { ProductAuthoring } from '../admin/product-authoring.service';
import { VariantWriter } from '../admin/variant-writer.service';
import { CreateVariantDto } from '../dto/variant.dto';
import { PlannedProduct, PlannedVariant } from './import-plan';

export type ImportOutcome = 'created' | 'updated';

/**
 * Writes one planned product in the caller's transaction: created when its handle is new, else updated,
 * with variants matched by SKU, then stock counts set through the ledger. Any failure rolls the whole
 * product back.
 */
@Injectable()
export class ProductImportWriter {
  constructor(
    private readonly authoring: ProductAuthoring,
    private readonly variants: VariantWriter,
    private readonly ledger: StockLedger,
  ) {}

  async write(tx: EntityManager, product: PlannedProduct, context: { importId: string; actorId: string | null }): Promise<ImportOutcome> {
    const placement = await this.resolvePlacement(tx, product);
    const [existing] = await tx.query('SELECT id FROM products WHERE handle = $1 FOR UPDATE', [product.handle]);
    let productId: string;
    let outcome: ImportOutcome;
    if (!existing) {
      if (!product.title)
        throw new BadRequest('invalid_import', 'A new product needs a title.', [
          { pointer: '/title', detail: 'is required for a new product' },
        ]);
      const missing = product.variants.findIndex((v) => !v.price);
      if (missing >= 0)
        throw new BadRequest('invalid_import', 'A new variant needs a price.', [
          { pointer: `/variants/${missing}/price`, detail: 'is required for a new variant' },
        ]);
      productId = await this.authoring.createIn(tx, {
        handle: product.handle,
        title: product.title,
        status: product.status,
        subtitle: product.subtitle,
        vendor: product.vendor,
        description: product.description,
        tags: product.tags,
        seoTitle: product.seoTitle,
        seoDescription: product.seoDescription,
        ...placement,
        options: product.options,
        variants: product.variants.map(toVariantDto),
      });
      outcome = 'created';
    } else {
      productId = existing.id;
      const options: { name: string; values: string[] }[] = await tx.query(
        'SELECT name, "values" FROM product_options WHERE product_id = $1 ORDER BY position',
        [productId],
      );
      await this.authoring.updateIn(tx, productId, {
        ...(product.title ? { title: product.title } : {}),
        status: product.status,
        subtitle: product.subtitle,
        vendor: product.vendor,
        description: product.description,
        tags: product.tags,
        seoTitle: product.seoTitle,
        seoDescription: product.seoDescription,
        ...placement,
        options: mergeOptions(options, product.options),
      });
      await this.upsertVariants(tx, productId, product.variants);
      outcome = 'updated';
    }
    await this.setStock(tx, productId, product.variants, context);
    return outcome;
  }

  private async upsertVariants(tx: EntityManager, productId: string, planned: PlannedVariant[]): Promise<void> {
    const found: { id: string; sku: string; product_id: string }[] = await tx.query(
      'SELECT id, sku, product_id FROM product_variants WHERE lower(sku) = ANY($1)',
      [planned.map((v) => v.sku.toLowerCase())],
    );
    const bySku = new Map(found.map((f) => [f.sku.toLowerCase(), f]));
    for (const [index, variant] of planned.entries()) {
      const match = bySku.get(variant.sku.toLowerCase());
      if (match && match.product_id !== productId) {
        throw new BadRequest('invalid_import', 'The SKU belongs to another product.', [
          { pointer: `/variants/${index}/sku`, detail: 'belongs to another product' },
        ]);
      }
      const dto = toVariantDto(variant);
      if (match) await this.variants.updateIn(tx, productId, match.id, dto);
      else if (!variant.price)
        throw new BadRequest('invalid_import', 'A new variant needs a price.', [
          { pointer: `/variants/${index}/price`, detail: 'is required for a new variant' },
        ]);
      else await this.variants.addIn(tx, productId, dto);
    }
  }

  /** On-hand counts as given: the ledger records the difference as an adjustment referring to this import. */
  private async setStock(
    tx: EntityManager,
    productId: string,
    planned: PlannedVariant[],
    context: { importId: string; actorId: string | null },
  ): Promise<void> {
    const wanted = planned.filter((v) => v.stock);
    if (!wanted.length) return;
    const codes = [...new Set(wanted.flatMap((v) => Object.keys(v.stock!)))];
    const locations: { id: string; code: string }[] = await tx.query('SELECT id, code FROM stock_locations WHERE code = ANY($1)', [codes]);
    const locationByCode = new Map(locations.map((l) => [l.code, l.id]));
    const errors: FieldError[] = planned.flatMap((v, i) =>
      Object.keys(v.stock ?? {})
        .filter((code) => !locationByCode.has(code))
        .map((code) => ({ pointer: `/variants/${i}/stock`, detail: `names an unknown location ${code}` })),
    );
    if (errors.length) throw new BadRequest('invalid_import', 'Unknown stock location.', errors);
    const variants: { id: string; sku: string }[] = await tx.query('SELECT id, sku FROM product_variants WHERE product_id = $1', [
      productId,
    ]);
    const variantBySku = new Map(variants.map((v) => [v.sku.toLowerCase(), v.id]));
    const targets = wanted.flatMap((v) =>
      Object.entries(v.stock!).map(([code, quantity]) => ({
        variantId: variantBySku.get(v.sku.toLowerCase())!,
        locationId: locationByCode.get(code)!,
        quantity,
      })),
    );
    const levels = await this.ledger.lock(tx, targets);
    const movements = targets.flatMap((target) => {
      const delta = target.quantity - (levels.get(levelKey(target))?.onHand ?? 0);
      return delta === 0
        ? []
        : [
            {
              variantId: target.variantId,
              locationId: target.locationId,
              kind: 'adjusted' as const,
              reason: 'import',
              onHandDelta: delta,
              reservedDelta: 0,
              reference: { type: 'import', id: context.importId },
              actor: { type: context.actorId ? ('staff' as const) : ('system' as const), id: context.actorId },
            },
          ];
    });
    if (movements.length) await this.ledger.apply(tx, movements);
  }

  private async resolvePlacement(
    tx: EntityManager,
    product: PlannedProduct,
  ): Promise<{ categoryId?: string | null; collectionIds?: string[] }> {
    const errors: FieldError[] = [];
    let categoryId: string | null | undefined;
    if (product.category) {
      const [category] = await tx.query('SELECT id FROM categories WHERE handle = $1', [product.category]);
      if (!category) errors.push({ pointer: '/category', detail: `is not a category handle (${product.category})` });
      categoryId = category?.id;
    } else if (product.category === null) categoryId = null;
    let collectionIds: string[] | undefined;
    if (product.collections) {
      const found: { id: string; handle: string }[] = await tx.query('SELECT id, handle FROM collections WHERE handle = ANY($1)', [
        product.collections,
      ]);
      const byHandle = new Map(found.map((f) => [f.handle, f.id]));
      product.collections.forEach(
        (handle) => byHandle.has(handle) || errors.push({ pointer: '/collections', detail: `is not a collection handle (${handle})` }),
      );
      collectionIds = product.collections.map((h) => byHandle.get(h)!).filter(Boolean);
    }
    if (errors.length) throw new BadRequest('invalid_import', 'Unknown category or collection.', errors);
    return { ...(categoryId !== undefined ? { categoryId } : {}), ...(collectionIds ? { collectionIds } : {}) };
  }
}

function toVariantDto(variant: PlannedVariant): CreateVariantDto {
  return {
    sku: variant.sku,
    barcode: variant.barcode,
    options: variant.options,
    ...(variant.price ? { prices: [variant.price] } : {}),
    weightGrams: variant.weightGrams,
    trackInventory: variant.trackInventory,
    allowBackorder: variant.allowBackorder,
    backorderExpectedAt: variant.backorderExpectedAt,
    lowStockThreshold: variant.lowStockThreshold,
  };
}

/** The product keeps its option values and gains the file's new ones, so existing variants stay valid. */
function mergeOptions(
  existing: { name: string; values: string[] }[],
  incoming: { name: string; values: string[] }[],
): { name: string; values: string[] }[] {
  const merged = existing.map((o) => ({ name: o.name, values: [...o.values] }));
  for (const option of incoming) {
    const target = merged.find((o) => o.name === option.name);
    if (!target) {
      merged.push({ name: option.name, values: [...option.values] });
      continue;
    }
    for (const value of option.values) if (!target.values.includes(value)) target.values.push(value);
  }
  return merged;
}
