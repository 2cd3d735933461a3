import { Injectable } from '@nestjs/common';
import { Db } from '../platform/database/db.service';
import { Availability, variantAvailability } from './availability';
import { isUuid } from '../platform/validation/uuid';

/** A variant's stock as the storefront, the catalog and delivery estimates need it. */
export interface VariantStock {
  availability: Availability;
  /** Available to sell now: the sum over active locations of what each has beyond its reservations. */
  available: number;
  /** Location id → available there; only active locations with more than zero. */
  availableByLocation: Record<string, number>;
}

/** The columns `variantStockSql` adds to a query's rows. */
export interface VariantStockRow {
  track_inventory: boolean;
  allow_backorder: boolean;
  low_stock_threshold: number;
  backorder_expected_at: string | null;
  available: number;
  by_location?: Record<string, number>;
}

/**
 * SQL that reads variants' stock inside another domain's query, so a page needs no extra round trip:
 * `SELECT ..., ${stock.columns} FROM product_variants v ${stock.join} WHERE ...`, then `variantStockOf(row)`;
 * or, inside a JSON object, `json_build_object(..., ${stock.jsonFields})`. `byLocation` adds the
 * per-location split that delivery estimates need (it costs an aggregate per row).
 */
export function variantStockSql(variant: string, { byLocation = false } = {}): { columns: string; jsonFields: string; join: string } {
  const fields: [keyof VariantStockRow, string][] = [
    ['track_inventory', `${variant}.track_inventory`],
    ['allow_backorder', `${variant}.allow_backorder`],
    ['low_stock_threshold', `${variant}.low_stock_threshold`],
    ['backorder_expected_at', `to_char(${variant}.backorder_expected_at, 'YYYY-MM-DD')`],
    ['available', 'COALESCE(stock.available, 0)::int'],
  ];
  if (byLocation) fields.push(['by_location', `COALESCE(stock.by_location, '{}'::jsonb)`]);
  return {
    columns: fields.map(([name, sql]) => `${sql} AS ${name}`).join(', '),
    jsonFields: fields.map(([name, sql]) => `'${name}', ${sql}`).join(', '),
    join: `LEFT JOIN LATERAL (
             SELECT sum(l.on_hand - l.reserved) AS available${byLocation ? ', jsonb_object_agg(l.location_id, l.on_hand - l.reserved) AS by_location' : ''}
               FROM stock_levels l
               JOIN stock_locations loc ON loc.id = l.location_id AND loc.active
              WHERE l.variant_id = ${variant}.id AND l.on_hand - l.reserved > 0
           ) stock ON true`,
  };
}

/** A row read with `variantStockSql` as the variant's stock. */
export function variantStockOf(row: VariantStockRow): VariantStock {
  return {
    availability: variantAvailability(
      {
        trackInventory: row.track_inventory,
        allowBackorder: row.allow_backorder,
        lowStockThreshold: row.low_stock_threshold,
        backorderExpectedAt: row.backorder_expected_at,
      },
      row.available,
    ),
    available: row.available,
    availableByLocation: row.by_location ?? {},
  };
}

const FOR_VARIANTS = variantStockSql('v', { byLocation: true });

/**
 * Read side of stock for other domains. A location that is short (reservations beyond what is on hand)
 * does not eat into another's stock: each counts for what it can ship, and never below zero, so
 * `available` and `inStockCondition` agree on whether a shopper can buy.
 */
@Injectable()
export class InventoryAvailability {
  constructor(private readonly db: Db) {}

  /** One query for any number of variants. Unknown ids are left out of the map. */
  async forVariants(variantIds: string[]): Promise<Map<string, VariantStock>> {
    const ids = [...new Set(variantIds.filter((id) => isUuid(id)).map((id) => id.toLowerCase()))];
    if (!ids.length) return new Map();
    const rows: (VariantStockRow & { id: string })[] = await this.db.read(
      `SELECT v.id, ${FOR_VARIANTS.columns} FROM product_variants v ${FOR_VARIANTS.join} WHERE v.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, variantStockOf(row)]));
  }
}

/**
 * An SQL boolean that is true when the product (`productIdSql`, an expression of the caller's query such
 * as `p.id`) has a variant a shopper can buy now: not tracked, backorders allowed, or more than zero
 * available at an active location. Served by product_variants_product_idx and the stock_levels key.
 */
export function inStockCondition(productIdSql: string): string {
  return `EXISTS (
    SELECT 1 FROM product_variants inv_v
     WHERE inv_v.product_id = ${productIdSql}
       AND (NOT inv_v.track_inventory OR inv_v.allow_backorder OR EXISTS (
         SELECT 1 FROM stock_levels inv_l
           JOIN stock_locations inv_loc ON inv_loc.id = inv_l.location_id AND inv_loc.active
          WHERE inv_l.variant_id = inv_v.id AND inv_l.on_hand - inv_l.reserved > 0)))`;
}
