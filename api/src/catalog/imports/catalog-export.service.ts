import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { Db } from '../../platform/database/db.service';
import { minorUnits } from '../../platform/money/money';
import { CSV_COLUMNS, CsvRecord, formatAmount } from './csv-columns';

const BATCH = 200;

interface ExportRow {
  id: string;
  handle: string;
  title: string;
  status: string;
  subtitle: string;
  vendor: string;
  category: string | null;
  collections: string[];
  tags: string[];
  description_md: string;
  seo_title: string | null;
  seo_description: string | null;
  option_names: string[];
  sku: string;
  barcode: string | null;
  options: Record<string, string>;
  prices: { currency: string; amount: number; compareAtAmount: number | null }[] | null;
  weight_grams: number | null;
  track_inventory: boolean;
  allow_backorder: boolean;
  backorder_expected_at: string | null;
  low_stock_threshold: number;
  stock: { code: string; onHand: number }[] | null;
}

/**
 * The whole catalog as CSV, in the format the import reads: streamed in keyset batches of products,
 * so memory stays flat whatever the catalog's size. One row per variant and currency.
 */
@Injectable()
export class CatalogExport {
  constructor(private readonly db: Db) {}

  async *csv(): AsyncGenerator<string> {
    yield stringify([CSV_COLUMNS as unknown as string[]]);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: ExportRow[] = await this.db.manager.query(
        `WITH page AS (SELECT id FROM products WHERE id > $1 ORDER BY id LIMIT ${BATCH})
         SELECT p.id, p.handle, p.title, p.status, p.subtitle, p.vendor, c.handle AS category, p.tags, p.description_md, p.seo_title, p.seo_description,
                COALESCE((SELECT array_agg(co.handle ORDER BY co.handle) FROM product_collections pc JOIN collections co ON co.id = pc.collection_id WHERE pc.product_id = p.id), '{}') AS collections,
                COALESCE((SELECT array_agg(o.name ORDER BY o.position) FROM product_options o WHERE o.product_id = p.id), '{}') AS option_names,
                v.sku, v.barcode, v.options, v.weight_grams, v.track_inventory, v.allow_backorder, v.backorder_expected_at, v.low_stock_threshold,
                (SELECT json_agg(json_build_object('currency', vp.currency, 'amount', vp.amount, 'compareAtAmount', vp.compare_at_amount) ORDER BY vp.currency)
                   FROM variant_prices vp WHERE vp.variant_id = v.id) AS prices,
                (SELECT json_agg(json_build_object('code', l.code, 'onHand', sl.on_hand) ORDER BY l.code)
                   FROM stock_levels sl JOIN stock_locations l ON l.id = sl.location_id WHERE sl.variant_id = v.id AND sl.on_hand <> 0) AS stock
           FROM page JOIN products p ON p.id = page.id LEFT JOIN categories c ON c.id = p.category_id
           JOIN product_variants v ON v.product_id = p.id
          ORDER BY p.id, v.position, v.sku`,
        [after],
      );
      if (!rows.length) return;
      yield stringify(rows.flatMap(toRecords).map((record) => CSV_COLUMNS.map((column) => record[column] ?? '')));
      after = rows[rows.length - 1].id;
    }
  }
}

function toRecords(row: ExportRow): CsvRecord[] {
  const prices = row.prices?.length ? row.prices : [null];
  return prices.map((price) => {
    const currency = price?.currency.trim();
    const digits = currency ? minorUnits(currency) : 2;
    const record: CsvRecord = {
      handle: row.handle,
      title: row.title,
      status: row.status,
      subtitle: row.subtitle,
      vendor: row.vendor,
      category: row.category ?? '',
      collections: row.collections.join('|'),
      tags: row.tags.join('|'),
      description: row.description_md,
      seo_title: row.seo_title ?? '',
      seo_description: row.seo_description ?? '',
      sku: row.sku,
      barcode: row.barcode ?? '',
      currency: currency ?? '',
      price: price ? formatAmount(Number(price.amount), digits) : '',
      compare_at_price: price?.compareAtAmount ? formatAmount(Number(price.compareAtAmount), digits) : '',
      weight_grams: row.weight_grams === null ? '' : String(row.weight_grams),
      track_inventory: String(row.track_inventory),
      allow_backorder: String(row.allow_backorder),
      backorder_expected_at: row.backorder_expected_at ?? '',
      low_stock_threshold: String(row.low_stock_threshold),
      stock: (row.stock ?? []).map((s) => `${s.code}:${s.onHand}`).join('|'),
    };
    row.option_names.slice(0, 3).forEach((name, i) => {
      record[`option${i + 1}_name` as keyof CsvRecord] = name;
      record[`option${i + 1}_value` as keyof CsvRecord] = row.options[name] ?? '';
    });
    return record;
  });
}
