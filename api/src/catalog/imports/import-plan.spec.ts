import { formatAmount, parseAmount } from './csv-columns';
import { planImport } from './import-plan';

const row = (overrides: Record<string, string> = {}) => ({
  handle: 'merino-sweater',
  title: 'Merino sweater',
  status: 'active',
  option1_name: 'Size',
  option1_value: 'M',
  sku: 'MER-M',
  price: '89.90',
  stock: 'WH-NL:12|STORE-AMS:3',
  ...overrides,
});

describe('CSV import plan', () => {
  it('parses prices exactly, by the currency minor units', () => {
    expect(parseAmount('49.90', 2)).toBe(4990);
    expect(parseAmount('49.9', 2)).toBe(4990);
    expect(parseAmount('49', 2)).toBe(4900);
    expect(parseAmount('0.07', 2)).toBe(7);
    expect(parseAmount('49.999', 2)).toBeNull();
    expect(parseAmount('1999', 0)).toBe(1999);
    expect(parseAmount('19.5', 0)).toBeNull();
    expect(parseAmount('-1', 2)).toBeNull();
    expect(parseAmount('1e3', 2)).toBeNull();
    expect(formatAmount(4990, 2)).toBe('49.90');
    expect(formatAmount(7, 2)).toBe('0.07');
    expect(formatAmount(1999, 0)).toBe('1999');
    expect(formatAmount(1999, 3)).toBe('1.999');
  });

  it('groups rows by handle into products with options and variants', () => {
    const { products, errors } = planImport(
      [
        row(),
        row({ option1_value: 'L', sku: 'MER-L', stock: '' }),
        row({ handle: 'cap', title: 'Cap', option1_name: '', option1_value: '', sku: 'CAP-1' }),
      ],
      'EUR',
    );
    expect(errors).toEqual([]);
    expect(products).toHaveLength(2);
    expect(products[0]).toMatchObject({ handle: 'merino-sweater', rows: [2, 3], options: [{ name: 'Size', values: ['M', 'L'] }] });
    expect(products[0].variants[0]).toMatchObject({
      sku: 'MER-M',
      price: { amount: 8990, currency: 'EUR' },
      stock: { 'WH-NL': 12, 'STORE-AMS': 3 },
    });
    expect(products[0].variants[1].stock).toBeNull();
    expect(products[1].options).toEqual([]);
  });

  it('reports every bad cell with its line and column, and leaves the whole product out', () => {
    const { products, errors } = planImport(
      [
        row(),
        row({ sku: 'MER-M', option1_value: 'L', price: '12.345', stock: 'WH-NL=3' }),
        row({ handle: 'Bad Handle' }),
        row({
          handle: 'ok-product',
          sku: 'OK-1',
          status: 'live',
          weight_grams: 'heavy',
          allow_backorder: 'perhaps',
          backorder_expected_at: 'soon',
        }),
      ],
      'EUR',
    );
    expect(products).toEqual([]);
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 3, field: 'sku', message: 'repeats a SKU of this product' },
        { row: 3, field: 'price', message: 'must be a price such as 49.90' },
        { row: 3, field: 'stock', message: expect.stringContaining('LOCATION:quantity') },
        { row: 4, field: 'handle', message: 'must be lowercase letters, digits and single dashes' },
        { row: 5, field: 'status', message: 'must be draft, active or archived' },
        { row: 5, field: 'weight_grams', message: 'must be a whole number' },
        { row: 5, field: 'allow_backorder', message: 'must be true or false' },
        { row: 5, field: 'backorder_expected_at', message: 'must be a date such as 2026-12-24' },
      ]),
    );
  });

  it('needs an option value on every row of a product with options', () => {
    const { errors } = planImport([row(), row({ option1_value: '', sku: 'MER-X' })], 'EUR');
    expect(errors).toEqual([{ row: 3, field: 'option1_value', message: 'needs a value for Size' }]);
  });
});
