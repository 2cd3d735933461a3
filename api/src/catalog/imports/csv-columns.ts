/**
 * The product CSV: one row per variant, product columns repeated on each row of the product (the
 * export writes them all; the import reads them from the first row of each handle). Option columns
 * come in pairs; stock is `LOCATION-CODE:quantity` pairs separated by `|`, setting on-hand counts.
 */
export const CSV_COLUMNS = [
  'handle',
  'title',
  'status',
  'subtitle',
  'vendor',
  'category',
  'collections',
  'tags',
  'description',
  'seo_title',
  'seo_description',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'barcode',
  'currency',
  'price',
  'compare_at_price',
  'weight_grams',
  'track_inventory',
  'allow_backorder',
  'backorder_expected_at',
  'low_stock_threshold',
  'stock',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRecord = Partial<Record<CsvColumn, string>>;

/** "49.90" → 4990 for a two-decimal currency, exactly (no float arithmetic); null when it is not a price. */
export function parseAmount(text: string, minorUnits: number): number | null {
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > minorUnits) return null;
  return Number(match[1]) * 10 ** minorUnits + Number(fraction.padEnd(minorUnits, '0') || '0');
}

/** 4990 → "49.90": the inverse of parseAmount, for the export. */
export function formatAmount(amount: number, minorUnits: number): string {
  if (minorUnits === 0) return String(amount);
  const text = String(amount).padStart(minorUnits + 1, '0');
  return `${text.slice(0, -minorUnits)}.${text.slice(-minorUnits)}`;
}

export function parseBoolean(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(value)) return true;
  if (['false', 'no', '0', 'n'].includes(value)) return false;
  return null;
}

export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}
