import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db, isUniqueViolation } from '../platform/database/db.service';
import { BadRequest, Conflict, NotFound } from '../platform/errors/domain-error';
import { CurrentPrices } from '../pricing/current-prices.service';
import { handleFrom } from './content/handles';
import { CreateCategoryDto, UpdateCategoryDto } from './dto/category.dto';
import { buildTree, CategoryNodeView, CategoryView, toCategoryView } from './dto/category.view';
import { Category } from './entities/category.entity';

/** Active products per category, counting the whole subtree below it: one query for every category. */
const COUNTS_SQL = `
  SELECT c.id, count(p.id)::int AS count
    FROM categories c
    JOIN categories d ON d.id = c.id OR c.id = ANY(d.ancestors)
    LEFT JOIN products p ON p.category_id = d.id AND p.status = 'active'
   GROUP BY c.id`;

const MAX_CATEGORIES = 2000;

/** The category tree: kept as parent links plus each node's ancestors, so a subtree is one indexed lookup. */
@Injectable()
export class Categories {
  constructor(
    private readonly db: Db,
    private readonly prices: CurrentPrices,
  ) {}

  async list(): Promise<CategoryView[]> {
    const [categories, counts] = await Promise.all([
      this.db.manager.find(Category, { order: { position: 'ASC', name: 'ASC' }, take: MAX_CATEGORIES }),
      this.counts(),
    ]);
    return categories.map((c) => toCategoryView(c, counts.get(c.id) ?? 0));
  }

  async tree(): Promise<CategoryNodeView[]> {
    return buildTree(await this.list());
  }

  async get(id: string): Promise<CategoryView> {
    const category = await this.db.manager.findOne(Category, { where: { id } });
    if (!category) throw new NotFound('category');
    return toCategoryView(category, (await this.counts()).get(id) ?? 0);
  }

  create(input: CreateCategoryDto): Promise<CategoryView> {
    return this.write(async (tx) => {
      const ancestors = input.parentId ? await this.pathTo(tx, input.parentId, '/parentId') : [];
      const category = await tx.save(
        tx.create(Category, {
          name: input.name.trim(),
          handle: input.handle ?? handleFrom(input.name),
          parentId: input.parentId ?? null,
          ancestors,
          description: input.description ?? '',
          position: input.position ?? 0,
          seoTitle: input.seoTitle ?? null,
          seoDescription: input.seoDescription ?? null,
        }),
      );
      return toCategoryView(category, 0);
    });
  }

  update(id: string, input: UpdateCategoryDto): Promise<CategoryView> {
    return this.write(async (tx) => {
      const category = await tx.findOne(Category, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!category) throw new NotFound('category');
      const { parentId, ...fields } = input;
      await tx.update(Category, id, { ...fields, name: fields.name?.trim() });
      if (parentId !== undefined && parentId !== category.parentId) await this.move(tx, category, parentId);
      return toCategoryView(await tx.findOneByOrFail(Category, { id }), 0);
    }).then(async (view) => ({ ...view, productCount: (await this.counts()).get(id) ?? 0 }));
  }

  /** Only empty leaves go: products and subcategories must be moved first, so nothing is orphaned by accident. */
  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [{ children, products }] = await tx.query(
        `SELECT (SELECT count(*)::int FROM categories WHERE parent_id = $1) AS children,
                (SELECT count(*)::int FROM products WHERE category_id = $1) AS products`,
        [id],
      );
      if (children || products) {
        throw new Conflict(
          'category_in_use',
          `This category still has ${children} subcategories and ${products} products; move them first.`,
        );
      }
      const result = await tx.delete(Category, { id });
      if (!result.affected) throw new NotFound('category');
    });
  }

  /** Moves a category under another: its whole subtree's ancestors follow, and sales by category reprice. */
  private async move(tx: EntityManager, category: Category, parentId: string | null): Promise<void> {
    const newPath = parentId ? await this.pathTo(tx, parentId, '/parentId') : [];
    if (newPath.includes(category.id) || parentId === category.id) {
      throw new BadRequest('category_cycle', 'A category cannot be moved below itself.', [
        { pointer: '/parentId', detail: 'is this category or one below it' },
      ]);
    }
    const depth = category.ancestors.length;
    await tx.query(`UPDATE categories SET parent_id = $2, ancestors = $3 WHERE id = $1`, [category.id, parentId, newPath]);
    await tx.query(`UPDATE categories SET ancestors = $2::uuid[] || $1::uuid || ancestors[$3:] WHERE $1 = ANY(ancestors)`, [
      category.id,
      newPath,
      depth + 2,
    ]);
    await this.prices.refresh(tx, 'all');
  }

  private async pathTo(tx: EntityManager, parentId: string, pointer: string): Promise<string[]> {
    const parent = await tx.findOne(Category, { where: { id: parentId } });
    if (!parent)
      throw new BadRequest('unknown_category', 'The parent category does not exist.', [{ pointer, detail: 'is not a category' }]);
    return [...parent.ancestors, parent.id];
  }

  private async counts(): Promise<Map<string, number>> {
    const rows: { id: string; count: number }[] = await this.db.manager.query(COUNTS_SQL);
    return new Map(rows.map((r) => [r.id, r.count]));
  }

  private async write<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'categories_handle_key')) {
        throw new Conflict('handle_taken', 'Another category has this handle; choose another.');
      }
      throw error;
    }
  }
}
