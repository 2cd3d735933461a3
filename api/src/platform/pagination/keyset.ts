import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CursorValues, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, Page, PageQuery } from './page';

/** A sort key of a keyset page: the SQL expression, and how to read its value off a row. */
export interface KeysetColumn<Row> {
  expression: string;
  value: (row: Row) => string | number | Date;
}

export interface KeysetOrder<Row> {
  direction: 'ASC' | 'DESC';
  /** Sort keys in order; the last must be unique (the id), so the order is total. */
  columns: KeysetColumn<Row>[];
}

/**
 * Keyset pagination: `WHERE (a, b) < (:a, :b) ORDER BY a DESC, b DESC LIMIT n + 1`. It reads one
 * extra row to know whether there is a next page, and costs the same on page 1 and page 10,000.
 */
export async function keysetPage<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  order: KeysetOrder<Row>,
  page: PageQuery,
): Promise<Page<Row>> {
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  const expressions = order.columns.map((c) => c.expression);
  if (page.cursor) {
    const values = decodeCursor(page.cursor, order.columns.length);
    const params = Object.fromEntries(values.map((v, i) => [`keyset${i}`, v]));
    const placeholders = values.map((_, i) => `:keyset${i}`);
    const comparison = order.direction === 'DESC' ? '<' : '>';
    query.andWhere(`(${expressions.join(', ')}) ${comparison} (${placeholders.join(', ')})`, params);
  }
  expressions.forEach((expression, i) =>
    i === 0 ? query.orderBy(expression, order.direction) : query.addOrderBy(expression, order.direction),
  );
  const rows = await query.limit(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(cursorValues(order, last)) : null;
  return { items, nextCursor };
}

function cursorValues<Row>(order: KeysetOrder<Row>, row: Row): CursorValues {
  return order.columns.map((column) => {
    const value = column.value(row);
    return value instanceof Date ? value.toISOString() : value;
  });
}

/** The usual list order: by creation time, the id breaking ties (most lists are newest first). */
export function byCreation<Row extends { createdAt: Date; id: string }>(
  alias: string,
  direction: 'ASC' | 'DESC' = 'DESC',
): KeysetOrder<Row> {
  return {
    direction,
    columns: [
      { expression: `${alias}.created_at`, value: (row) => row.createdAt },
      { expression: `${alias}.id`, value: (row) => row.id },
    ],
  };
}
