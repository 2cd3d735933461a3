import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { decodeCursor, encodeCursor } from '../../platform/pagination/page';
import { Sort, StoreProductQuery } from '../dto/store-query.dto';
import { ProductCardPage } from '../dto/store-product.view';
import { CARD_PRODUCT_COLUMNS, cardColumns, ProductCards, ProductRow } from './product-cards.service';
import { productFilter } from './product-filter';
import { SearchTerms } from './search-terms.service';
import { SqlParams } from './sql-builder';

const DEFAULT_LIMIT = 24;

/** Each sort as its keyset: the expressions ordered on (the last is unique) and the direction. */
function sortKeys(sort: Sort, rank: string | null): { expressions: string[]; direction: 'ASC' | 'DESC' } {
  switch (sort) {
    case 'price_asc':
      return { expressions: ['pr.min_amount', 'p.id'], direction: 'ASC' };
    case 'price_desc':
      return { expressions: ['pr.min_amount', 'p.id'], direction: 'DESC' };
    case 'best_selling':
      return { expressions: ['p.sales_count', 'p.id'], direction: 'DESC' };
    case 'relevance':
      if (rank) return { expressions: [rank, 'p.id'], direction: 'DESC' };
      return { expressions: ['p.published_at', 'p.id'], direction: 'DESC' };
    case 'newest':
      return { expressions: ['p.published_at', 'p.id'], direction: 'DESC' };
  }
}

/**
 * The storefront's listing: one query, a keyset page of products and then, for those rows only, their
 * cards' images, variants, prices and stock. It costs the same on page 1 and page 500.
 */
@Injectable()
export class ProductListing {
  constructor(
    private readonly db: Db,
    private readonly cards: ProductCards,
    private readonly searchTerms: SearchTerms,
    private readonly config: AppConfig,
  ) {}

  async list(query: StoreProductQuery): Promise<ProductCardPage> {
    const currency = query.currency ?? this.config.store.currency;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const resolved = await this.searchTerms.resolve(query);
    if (!resolved) return { items: [], nextCursor: null };
    const params = new SqlParams();
    const filter = productFilter(resolved, currency, params);
    const sort = query.sort ?? (filter.rank ? 'relevance' : 'newest');
    const { expressions, direction } = sortKeys(sort, filter.rank);
    const where = [...filter.where];
    if (query.cursor) {
      const values = decodeCursor(query.cursor, 2);
      const comparison = direction === 'DESC' ? '<' : '>';
      where.push(`(${expressions.join(', ')}) ${comparison} (${params.add(values[0])}, ${params.add(values[1])}::uuid)`);
    }
    // The inner query picks the page; card columns run only for its rows, whatever the sort.
    const rows: (ProductRow & { sort_value: string | number | Date })[] = await this.db.read(
      `SELECT page.*, ${cardColumns('page.id', params.add(currency))}
         FROM (SELECT ${CARD_PRODUCT_COLUMNS}, ${expressions[0]} AS sort_value
                 FROM ${filter.from}
                WHERE ${where.join(' AND ')}
                ORDER BY ${expressions.map((e) => `${e} ${direction}`).join(', ')}
                LIMIT ${params.add(limit + 1)}) page
        ORDER BY page.sort_value ${direction}, page.id ${direction}`,
      params.values,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: this.cards.build(page, currency),
      nextCursor: rows.length > limit && last ? encodeCursor([cursorValue(last.sort_value), last.id]) : null,
    };
  }
}

function cursorValue(value: string | number | Date): string | number {
  return value instanceof Date ? value.toISOString() : value;
}
