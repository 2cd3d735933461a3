import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db, isUniqueViolation } from '../platform/database/db.service';
import { BadRequest, Conflict, NotFound } from '../platform/errors/domain-error';
import { CurrentPrices } from '../pricing/current-prices.service';
import { handleFrom } from './content/handles';
import { CreateCollectionDto, UpdateCollectionDto } from './dto/category.dto';
import { CollectionView, toCollectionView } from './dto/category.view';
import { Collection } from './entities/collection.entity';

const MAX_COLLECTIONS = 500;
const MAX_MEMBERS = 1000;

/** Hand-picked groups of products, in the order staff arrange them. */
@Injectable()
export class Collections {
  constructor(
    private readonly db: Db,
    private readonly prices: CurrentPrices,
  ) {}

  async list(options: { featuredOnly?: boolean } = {}): Promise<CollectionView[]> {
    const [collections, counts] = await Promise.all([
      this.db.manager.find(Collection, {
        where: options.featuredOnly ? { featured: true } : {},
        order: { featured: 'DESC', position: 'ASC', title: 'ASC' },
        take: MAX_COLLECTIONS,
      }),
      this.counts(),
    ]);
    return collections.map((c) => toCollectionView(c, counts.get(c.id) ?? 0));
  }

  async get(where: { id: string } | { handle: string }): Promise<CollectionView> {
    const collection = await this.db.manager.findOne(Collection, { where });
    if (!collection) throw new NotFound('collection');
    return toCollectionView(collection, (await this.counts()).get(collection.id) ?? 0);
  }

  create(input: CreateCollectionDto): Promise<CollectionView> {
    return this.write(async (tx) => {
      const collection = await tx.save(
        tx.create(Collection, {
          ...input,
          title: input.title.trim(),
          handle: input.handle ?? handleFrom(input.title),
          featured: input.featured ?? false,
        }),
      );
      return toCollectionView(collection, 0);
    });
  }

  update(id: string, input: UpdateCollectionDto): Promise<CollectionView> {
    return this.write(async (tx) => {
      const result = await tx.update(Collection, id, { ...input, title: input.title?.trim() });
      if (!result.affected) throw new NotFound('collection');
      return toCollectionView(await tx.findOneByOrFail(Collection, { id }), 0);
    }).then(() => this.get({ id }));
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const members: { product_id: string }[] = await tx.query('SELECT product_id FROM product_collections WHERE collection_id = $1', [id]);
      const result = await tx.delete(Collection, { id });
      if (!result.affected) throw new NotFound('collection');
      await this.prices.refresh(tx, { productIds: members.map((m) => m.product_id) });
    });
  }

  /** Replaces the members, in this order; products that join or leave are repriced (sales by collection). */
  async setProducts(id: string, productIds: string[]): Promise<CollectionView> {
    if (productIds.length > MAX_MEMBERS) {
      throw new BadRequest('too_many_products', `A collection holds at most ${MAX_MEMBERS} products.`, [
        { pointer: '/productIds', detail: 'is too long' },
      ]);
    }
    await this.db.transaction(async (tx) => {
      if (!(await tx.exists(Collection, { where: { id } }))) throw new NotFound('collection');
      const known: { id: string }[] = await tx.query('SELECT id FROM products WHERE id = ANY($1)', [productIds]);
      const knownIds = new Set(known.map((k) => k.id));
      const errors = productIds.flatMap((pid, i) =>
        knownIds.has(pid) ? [] : [{ pointer: `/productIds/${i}`, detail: 'is not a product' }],
      );
      if (errors.length) throw new BadRequest('unknown_products', 'Some products do not exist.', errors);
      const before: { product_id: string }[] = await tx.query('SELECT product_id FROM product_collections WHERE collection_id = $1', [id]);
      await tx.query('DELETE FROM product_collections WHERE collection_id = $1', [id]);
      await tx.query(
        `INSERT INTO product_collections (collection_id, product_id, position)
         SELECT $1, product_id, ordinality - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(product_id, ordinality)`,
        [id, productIds],
      );
      await this.prices.refresh(tx, { productIds: [...new Set([...before.map((b) => b.product_id), ...productIds])] });
    });
    return this.get({ id });
  }

  private async counts(): Promise<Map<string, number>> {
    const rows: { id: string; count: number }[] = await this.db.manager.query(
      `SELECT pc.collection_id AS id, count(*)::int AS count
         FROM product_collections pc JOIN products p ON p.id = pc.product_id AND p.status = 'active'
        GROUP BY pc.collection_id`,
    );
    return new Map(rows.map((r) => [r.id, r.count]));
  }

  private async write<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'collections_handle_key'))
        throw new Conflict('handle_taken', 'Another collection has this handle; choose another.');
      throw error;
    }
  }
}
