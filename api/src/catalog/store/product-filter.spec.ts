import { parseList, parseOptions, productFilter } from './product-filter';
import { SqlParams } from './sql-builder';

describe('storefront product filters', () => {
  it('reads option pairs, grouping values by option', () => {
    expect(parseOptions('Size:M,Size:L,Colour:Navy,Size:M')).toEqual(
      new Map([
        ['Size', ['M', 'L']],
        ['Colour', ['Navy']],
      ]),
    );
    expect(parseList('merino, winter,,merino')).toEqual(['merino', 'winter']);
  });

  it('always lists only active products priced in the currency', () => {
    const params = new SqlParams();
    const sql = productFilter({}, 'EUR', params);
    expect(sql.where).toEqual([`p.status = 'active'`]);
    expect(params.values).toEqual(['EUR']);
    expect(sql.rank).toBeNull();
  });

  it('binds every value as a parameter, never into the SQL text', () => {
    const params = new SqlParams();
    const sql = productFilter(
      { tsquery: "o'reilly; drop table", tags: 'a,b', options: "Size:M'--", category: 'x', priceMin: 5 },
      'EUR',
      params,
    );
    const text = [sql.from, ...sql.where, sql.rank].join(' ');
    expect(text).not.toContain("o'reilly");
    expect(text).not.toContain("M'--");
    expect(params.values).toContain("o'reilly; drop table");
  });

  it('leaves out the dimension a facet counts', () => {
    const filters = { tags: 'a', options: 'Size:M', priceMin: 1 };
    const withoutOptions = productFilter(filters, 'EUR', new SqlParams(), 'options').where.join(' ');
    expect(withoutOptions).toContain('p.tags @>');
    expect(withoutOptions).not.toContain('product_variants v');
    expect(productFilter(filters, 'EUR', new SqlParams(), 'price').where.join(' ')).not.toContain('min_amount >=');
  });
});
