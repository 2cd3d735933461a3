import { inStockCondition } from '../../inventory/inventory-availability.service';
import type { StoreProductFilters } from '../dto/store-query.dto';
import { SqlParams } from './sql-builder';

export type FilterDimension = 'category' | 'price' | 'tags' | 'options' | 'inStock' | 'onSale';

export interface ProductFilterSql {
  /** FROM and JOINs: `products p` with its price range `pr` in the currency. */
  from: string;
  where: string[];
  /** The search rank, when searching: title matches and close spellings first. */
  rank: string | null;
}

/** The filters with the search words already turned into a full-text query (see SearchTerms). */
export type ResolvedFilters = Omit<StoreProductFilters, 'q'> & { tsquery?: string };

/**
 * The WHERE of a storefront listing, shared by the page, its facets and search. `except` leaves one
 * dimension out, so a facet counts what choosing another value of it would give (multi-select).
 * Only active products with a price in the currency are ever listed.
 */
export function productFilter(filters: ResolvedFilters, currency: string, params: SqlParams, except?: FilterDimension): ProductFilterSql {
  const from = `products p JOIN product_price_ranges pr ON pr.product_id = p.id AND pr.currency = ${params.add(currency)}`;
  const where = [`p.status = 'active'`];
  let rank: string | null = null;
  if (filters.category && except !== 'category') {
    where.push(
      `p.category_id IN (SELECT c.id FROM categories c JOIN categories root ON root.handle = ${params.add(filters.category)}
                           WHERE c.id = root.id OR root.id = ANY(c.ancestors))`,
    );
  }
  if (filters.collection) {
    where.push(
      `EXISTS (SELECT 1 FROM product_collections pc JOIN collections co ON co.id = pc.collection_id
                WHERE pc.product_id = p.id AND co.handle = ${params.add(filters.collection)})`,
    );
  }
  if (filters.tsquery) {
    const query = `to_tsquery('english', ${params.add(filters.tsquery)})`;
    where.push(`p.search_vector @@ ${query}`);
    rank = `ts_rank(p.search_vector, ${query})`;
  }
  if (except !== 'price') {
    if (filters.priceMin !== undefined) where.push(`pr.min_amount >= ${params.add(filters.priceMin)}`);
    if (filters.priceMax !== undefined) where.push(`pr.min_amount <= ${params.add(filters.priceMax)}`);
  }
  if (filters.inStock && except !== 'inStock') where.push(inStockCondition('p.id'));
  if (filters.onSale && except !== 'onSale') where.push('pr.max_discount_percent > 0');
  if (filters.tags && except !== 'tags') where.push(`p.tags @> ${params.add(parseList(filters.tags))}::text[]`);
  if (filters.options && except !== 'options') {
    const byName = parseOptions(filters.options);
    const conditions = [...byName].map(([name, values]) => `(v.options ->> ${params.add(name)}) = ANY(${params.add(values)}::text[])`);
    where.push(`EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND ${conditions.join(' AND ')})`);
  }
  return { from, where, rank };
}

export function parseList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** "Size:M,Size:L,Colour:Navy" → Size → [M, L], Colour → [Navy]. */
export function parseOptions(value: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const pair of value.split(',')) {
    const [name, optionValue] = pair.split(':').map((part) => part.trim());
    if (name && optionValue) byName.set(name, [...new Set([...(byName.get(name) ?? []), optionValue])]);
  }
  return byName;
}
