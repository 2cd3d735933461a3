import { Injectable } from '@nestjs/common';
import { inStockCondition } from '../../inventory/inventory-availability.service';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { StoreProductFilters } from '../dto/store-query.dto';
import { FacetsView } from '../dto/store-product.view';
import { FilterDimension, productFilter } from './product-filter';
import { SearchTerms } from './search-terms.service';
import { SqlParams } from './sql-builder';

const MAX_VALUES = 50;

/**
 * Counts for a listing's filters. Each dimension is counted with every filter but its own, so choosing
 * "M" still shows how many "L" would give; five aggregate queries, run in parallel.
 */
@Injectable()
export class ProductFacets {
  constructor(
    private readonly db: Db,
    private readonly searchTerms: SearchTerms,
    private readonly config: AppConfig,
  ) {}

  async facets(query: StoreProductFilters): Promise<FacetsView> {
    const currency = query.currency ?? this.config.store.currency;
    const filters = await this.searchTerms.resolve(query);
    if (!filters) return { total: 0, inStock: 0, onSale: 0, priceMin: null, priceMax: null, categories: [], options: [], tags: [] };
    const [summary, categories, options, tags, price] = await Promise.all([
      this.run(
        filters,
        currency,
        undefined,
        (from, where) =>
          `SELECT count(*)::int AS total, count(*) FILTER (WHERE ${inStockCondition('p.id')})::int AS in_stock,
                count(*) FILTER (WHERE pr.max_discount_percent > 0)::int AS on_sale
           FROM ${from} WHERE ${where}`,
      ),
      this.run(
        filters,
        currency,
        'category',
        (from, where) =>
          `SELECT c.handle, c.name, count(*)::int AS count FROM ${from} JOIN categories c ON c.id = p.category_id
          WHERE ${where} GROUP BY c.handle, c.name ORDER BY count DESC, c.name LIMIT ${MAX_VALUES}`,
      ),
      this.run(
        filters,
        currency,
        'options',
        (from, where) =>
          `SELECT o.key AS name, o.value, count(DISTINCT p.id)::int AS count
           FROM ${from} JOIN product_variants v ON v.product_id = p.id, jsonb_each_text(v.options) o
          WHERE ${where} GROUP BY o.key, o.value ORDER BY o.key, count DESC, o.value LIMIT ${MAX_VALUES * 4}`,
      ),
      this.run(
        filters,
        currency,
        'tags',
        (from, where) =>
          `SELECT t.tag AS value, count(*)::int AS count FROM ${from}, unnest(p.tags) AS t(tag)
          WHERE ${where} GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT ${MAX_VALUES}`,
      ),
      this.run(
        filters,
        currency,
        'price',
        (from, where) => `SELECT min(pr.min_amount) AS min, max(pr.min_amount) AS max FROM ${from} WHERE ${where}`,
      ),
    ]);
    const optionFacets = new Map<string, { value: string; count: number }[]>();
    for (const row of options as { name: string; value: string; count: number }[]) {
      optionFacets.set(row.name, [...(optionFacets.get(row.name) ?? []), { value: row.value, count: row.count }]);
    }
    const [{ total, in_stock, on_sale }] = summary as { total: number; in_stock: number; on_sale: number }[];
    const [{ min, max }] = price as { min: string | null; max: string | null }[];
    return {
      total,
      inStock: in_stock,
      onSale: on_sale,
      priceMin: min === null ? null : { amount: Number(min), currency },
      priceMax: max === null ? null : { amount: Number(max), currency },
      categories: categories as FacetsView['categories'],
      options: [...optionFacets].map(([name, values]) => ({ name, values })),
      tags: tags as FacetsView['tags'],
    };
  }

  private run(
    filters: StoreProductFilters,
    currency: string,
    except: FilterDimension | undefined,
    sql: (from: string, where: string) => string,
  ): Promise<unknown[]> {
    const params = new SqlParams();
    const filter = productFilter(filters, currency, params, except);
    return this.db.read(sql(filter.from, filter.where.join(' AND ')), params.values);
  }
}
