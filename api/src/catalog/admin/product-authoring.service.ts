import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db, isUniqueViolation } from '../../platform/database/db.service';
import { BadRequest, Conflict, FieldError, NotFound } from '../../platform/errors/domain-error';
import { CurrentPrices } from '../../pricing/current-prices.service';
import { handleFrom } from '../content/handles';
import { renderDescription } from '../content/markdown';
import { CreateProductDto, UpdateProductDto } from '../dto/product.dto';
import { AdminProductView } from '../dto/product.view';
import { Product } from '../entities/product.entity';
import { optionErrors, OptionSpec, variantErrors } from '../variant-rules';
import { ProductReader } from './product-reader.service';
import { VariantWriter } from './variant-writer.service';

/** Creating and editing products: one transaction each, prices recomputed when placement changes. */
@Injectable()
export class ProductAuthoring {
  constructor(
    private readonly db: Db,
    private readonly reader: ProductReader,
    private readonly variants: VariantWriter,
    private readonly prices: CurrentPrices,
  ) {}

  get(id: string): Promise<AdminProductView> {
    return this.reader.read(this.db.manager, id);
  }

  create(input: CreateProductDto): Promise<AdminProductView> {
    return this.write(async (tx) => this.reader.read(tx, await this.createIn(tx, input)));
  }

  update(id: string, input: UpdateProductDto): Promise<AdminProductView> {
    return this.write(async (tx) => {
      await this.updateIn(tx, id, input);
      return this.reader.read(tx, id);
    });
  }

  /** Creates a product in the caller's transaction (the CSV import runs one per product); returns its id. */
  async createIn(tx: EntityManager, input: CreateProductDto): Promise<string> {
    const options = input.options ?? [];
    const errors = [...optionErrors(options), ...variantErrors(options, input.variants)];
    if (errors.length) throw new BadRequest('invalid_product', 'The product is not valid.', errors);
    await this.assertPlacement(tx, input.categoryId, input.collectionIds);
    await this.variants.assertSkusFree(tx, input.variants);
    const status = input.status ?? 'draft';
    const product = await tx.save(
      tx.create(Product, {
        title: input.title.trim(),
        handle: input.handle ?? (await this.freeHandle(tx, handleFrom(input.title) || 'product')),
        subtitle: input.subtitle ?? '',
        vendor: input.vendor ?? '',
        descriptionMd: input.description ?? '',
        descriptionHtml: renderDescription(input.description ?? ''),
        status,
        categoryId: input.categoryId ?? null,
        tags: normaliseTags(input.tags),
        seoTitle: input.seoTitle ?? null,
        seoDescription: input.seoDescription ?? null,
        publishedAt: status === 'active' ? new Date() : null,
      }),
    );
    await this.saveOptions(tx, product.id, options);
    await this.variants.insert(tx, product.id, options, input.variants);
    await this.saveCollections(tx, product.id, input.collectionIds ?? []);
    await this.prices.refresh(tx, { productIds: [product.id] });
    return product.id;
  }

  /** Edits a product in the caller's transaction. */
  async updateIn(tx: EntityManager, id: string, input: UpdateProductDto): Promise<void> {
    if (input.options) {
      const errors = optionErrors(input.options);
      if (errors.length) throw new BadRequest('invalid_product', 'The options are not valid.', errors);
    }
    const product = await tx.findOne(Product, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!product) throw new NotFound('product');
    await this.assertPlacement(tx, input.categoryId, input.collectionIds);
    if (input.options) await this.replaceOptions(tx, id, input.options);
    const { options: _options, collectionIds, description, tags, ...fields } = input;
    await tx.update(Product, id, {
      ...fields,
      title: fields.title?.trim(),
      ...(description !== undefined ? { descriptionMd: description, descriptionHtml: renderDescription(description) } : {}),
      ...(tags !== undefined ? { tags: normaliseTags(tags) } : {}),
      ...(fields.status === 'active' && !product.publishedAt ? { publishedAt: new Date() } : {}),
    });
    if (collectionIds) await this.saveCollections(tx, id, collectionIds);
    if (collectionIds || input.categoryId !== undefined) await this.prices.refresh(tx, { productIds: [id] });
  }

  /** Option values can be added or renamed only where no variant uses the old value. */
  private async replaceOptions(tx: EntityManager, productId: string, options: OptionSpec[]): Promise<void> {
    const variants: { options: Record<string, string> }[] = await tx.query('SELECT options FROM product_variants WHERE product_id = $1', [
      productId,
    ]);
    const errors: FieldError[] = variants.length
      ? variantErrors(
          options,
          variants.map((v) => ({ options: v.options })),
          [],
          '/variants-in-use',
        )
      : [];
    if (errors.length) {
      throw new Conflict(
        'options_in_use',
        `Existing variants use option values this change removes (${errors[0].detail}); change or delete those variants first.`,
      );
    }
    await tx.query('DELETE FROM product_options WHERE product_id = $1', [productId]);
    await this.saveOptions(tx, productId, options);
  }

  private async saveOptions(tx: EntityManager, productId: string, options: OptionSpec[]): Promise<void> {
    if (!options.length) return;
    await tx.query(
      `INSERT INTO product_options (product_id, name, position, "values")
       SELECT $1, o->>'name', (ordinality - 1)::int, ARRAY(SELECT jsonb_array_elements_text(o->'values'))
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(o, ordinality)`,
      [productId, JSON.stringify(options.map((o) => ({ name: o.name.trim(), values: o.values })))],
    );
  }

  private async saveCollections(tx: EntityManager, productId: string, collectionIds: string[]): Promise<void> {
    await tx.query('DELETE FROM product_collections WHERE product_id = $1', [productId]);
    if (!collectionIds.length) return;
    await tx.query(
      `INSERT INTO product_collections (collection_id, product_id, position)
       SELECT c, $1, COALESCE((SELECT max(position) + 1 FROM product_collections WHERE collection_id = c), 0) FROM unnest($2::uuid[]) AS c`,
      [productId, collectionIds],
    );
  }

  private async assertPlacement(
    tx: EntityManager,
    categoryId: string | null | undefined,
    collectionIds: string[] | undefined,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (categoryId) {
      const [category] = await tx.query('SELECT id FROM categories WHERE id = $1', [categoryId]);
      if (!category) errors.push({ pointer: '/categoryId', detail: 'is not a category' });
    }
    if (collectionIds?.length) {
      const found: { id: string }[] = await tx.query('SELECT id FROM collections WHERE id = ANY($1)', [collectionIds]);
      const known = new Set(found.map((f) => f.id));
      collectionIds.forEach((id, i) => known.has(id) || errors.push({ pointer: `/collectionIds/${i}`, detail: 'is not a collection' }));
    }
    if (errors.length) throw new BadRequest('invalid_product', 'The product is not valid.', errors);
  }

  /** "merino-sweater", or "merino-sweater-2" when taken: handles stay unique without bothering staff. */
  private async freeHandle(tx: EntityManager, base: string): Promise<string> {
    const taken: { handle: string }[] = await tx.query(`SELECT handle FROM products WHERE handle = $1 OR handle LIKE $2`, [
      base,
      `${base}-%`,
    ]);
    const used = new Set(taken.map((t) => t.handle));
    if (!used.has(base)) return base;
    let n = 2;
    while (used.has(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  }

  private async write<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'products_handle_key')) {
        throw new Conflict('handle_taken', 'Another product has this handle; choose another.');
      }
      if (isUniqueViolation(error, 'product_variants_sku_key') || isUniqueViolation(error, 'product_variants_barcode_key')) {
        throw new Conflict('sku_taken', 'Another variant has this SKU or barcode.');
      }
      throw error;
    }
  }
}

function normaliseTags(tags: string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
}
