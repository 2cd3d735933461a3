import { isCurrencyCode, minorUnits } from '../../platform/money/money';
import { CsvRecord, parseAmount, parseBoolean, splitList } from './csv-columns';

export interface RowError {
  /** The line of the file (the header is line 1). */
  row: number;
  field: string | null;
  message: string;
}

export interface PlannedVariant {
  row: number;
  sku: string;
  barcode: string | null;
  options: Record<string, string>;
  price: { amount: number; currency: string; compareAtAmount: number | null } | null;
  weightGrams: number | null;
  trackInventory: boolean | undefined;
  allowBackorder: boolean | undefined;
  backorderExpectedAt: string | null | undefined;
  lowStockThreshold: number | undefined;
  /** Location code → on-hand count to set. */
  stock: Record<string, number> | null;
}

export interface PlannedProduct {
  handle: string;
  rows: number[];
  title: string | null;
  status: 'draft' | 'active' | 'archived' | undefined;
  subtitle?: string;
  vendor?: string;
  category?: string | null;
  collections?: string[];
  tags?: string[];
  description?: string;
  seoTitle?: string | null;
  seoDescription?: string | null;
  options: { name: string; values: string[] }[];
  variants: PlannedVariant[];
}

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STATUSES = ['draft', 'active', 'archived'];

/**
 * Reads the CSV's records into products (grouped by handle, in file order), checking every cell it
 * can without the database. A product with any bad row is left out whole, with every error reported:
 * an import never writes half a product.
 */
export function planImport(
  records: CsvRecord[],
  storeCurrency: string,
): { products: PlannedProduct[]; errors: RowError[]; rejectedRows: number[] } {
  const errors: RowError[] = [];
  const rejectedRows: number[] = [];
  const groups = new Map<string, { rows: { line: number; record: CsvRecord }[] }>();
  records.forEach((record, index) => {
    const line = index + 2;
    const handle = record.handle?.trim() ?? '';
    if (!HANDLE.test(handle)) {
      errors.push({ row: line, field: 'handle', message: 'must be lowercase letters, digits and single dashes' });
      rejectedRows.push(line);
      return;
    }
    const group = groups.get(handle) ?? { rows: [] };
    group.rows.push({ line, record });
    groups.set(handle, group);
  });
  const products: PlannedProduct[] = [];
  for (const [handle, group] of groups) {
    const productErrors: RowError[] = [];
    const product = planProduct(handle, group.rows, storeCurrency, productErrors);
    if (productErrors.length) {
      errors.push(...productErrors);
      rejectedRows.push(...product.rows);
    } else products.push(product);
  }
  return { products, errors, rejectedRows };
}

function planProduct(
  handle: string,
  rows: { line: number; record: CsvRecord }[],
  storeCurrency: string,
  errors: RowError[],
): PlannedProduct {
  const first = rows[0].record;
  const line = rows[0].line;
  const text = (value: string | undefined) => (value === undefined ? undefined : value.trim());
  const status = text(first.status)?.toLowerCase();
  if (status && !STATUSES.includes(status)) errors.push({ row: line, field: 'status', message: 'must be draft, active or archived' });
  const optionNames = [1, 2, 3]
    .map((n) => text(first[`option${n}_name` as keyof CsvRecord]))
    .filter((name): name is string => Boolean(name));
  const options = optionNames.map((name) => ({ name, values: [] as string[] }));
  const skus = new Set<string>();
  const variants = rows.map(({ line: row, record }) => {
    const values: Record<string, string> = {};
    optionNames.forEach((name, i) => {
      const value = text(record[`option${i + 1}_value` as keyof CsvRecord]);
      if (!value) errors.push({ row, field: `option${i + 1}_value`, message: `needs a value for ${name}` });
      else {
        values[name] = value;
        if (!options[i].values.includes(value)) options[i].values.push(value);
      }
    });
    return planVariant(row, record, values, storeCurrency, skus, errors);
  });
  return {
    handle,
    rows: rows.map((r) => r.line),
    title: text(first.title) || null,
    status: status as PlannedProduct['status'],
    subtitle: text(first.subtitle),
    vendor: text(first.vendor),
    category: first.category === undefined ? undefined : text(first.category) || null,
    collections: first.collections === undefined ? undefined : splitList(first.collections),
    tags: first.tags === undefined ? undefined : splitList(first.tags).map((t) => t.toLowerCase()),
    description: first.description,
    seoTitle: first.seo_title === undefined ? undefined : text(first.seo_title) || null,
    seoDescription: first.seo_description === undefined ? undefined : text(first.seo_description) || null,
    options,
    variants,
  };
}

function planVariant(
  row: number,
  record: CsvRecord,
  options: Record<string, string>,
  storeCurrency: string,
  skus: Set<string>,
  errors: RowError[],
): PlannedVariant {
  const fail = (field: string, message: string) => errors.push({ row, field, message });
  const sku = record.sku?.trim() ?? '';
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/.test(sku)) fail('sku', 'must be 1-64 letters, digits, dots, dashes, slashes or underscores');
  if (skus.has(sku.toLowerCase())) fail('sku', 'repeats a SKU of this product');
  skus.add(sku.toLowerCase());
  const currency = record.currency?.trim() || storeCurrency;
  if (!isCurrencyCode(currency)) fail('currency', 'must be an ISO 4217 code such as EUR');
  const amount = (field: 'price' | 'compare_at_price') => {
    const value = record[field]?.trim();
    if (!value) return null;
    const parsed = parseAmount(value, minorUnits(currency));
    if (parsed === null) fail(field, `must be a price such as ${minorUnits(currency) ? '49.90' : '4990'}`);
    return parsed;
  };
  const price = amount('price');
  const compareAt = amount('compare_at_price');
  const integer = (field: 'weight_grams' | 'low_stock_threshold') => {
    const value = record[field]?.trim();
    if (!value) return undefined;
    if (!/^\d{1,7}$/.test(value)) fail(field, 'must be a whole number');
    return Number(value);
  };
  const flag = (field: 'track_inventory' | 'allow_backorder') => {
    const value = record[field]?.trim();
    if (!value) return undefined;
    const parsed = parseBoolean(value);
    if (parsed === null) fail(field, 'must be true or false');
    return parsed ?? undefined;
  };
  const expected = record.backorder_expected_at?.trim();
  if (expected && !/^\d{4}-\d{2}-\d{2}$/.test(expected)) fail('backorder_expected_at', 'must be a date such as 2026-12-24');
  return {
    row,
    sku,
    barcode: record.barcode?.trim() || null,
    options,
    price: price === null ? null : { amount: price, currency, compareAtAmount: compareAt },
    weightGrams: integer('weight_grams') ?? null,
    trackInventory: flag('track_inventory'),
    allowBackorder: flag('allow_backorder'),
    backorderExpectedAt: record.backorder_expected_at === undefined ? undefined : expected || null,
    lowStockThreshold: integer('low_stock_threshold'),
    stock: parseStock(record.stock, (message) => fail('stock', message)),
  };
}

function parseStock(text: string | undefined, fail: (message: string) => void): Record<string, number> | null {
  if (!text?.trim()) return null;
  const stock: Record<string, number> = {};
  for (const pair of splitList(text)) {
    const match = /^([A-Z0-9-]{2,20}):(\d{1,7})$/.exec(pair);
    if (!match) {
      fail(`must be LOCATION:quantity pairs separated by |, such as WH-NL:12|STORE-AMS:3 (not "${pair}")`);
      continue;
    }
    stock[match[1]] = Number(match[2]);
  }
  return stock;
}
