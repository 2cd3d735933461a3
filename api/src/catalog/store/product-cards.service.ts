import { Injectable } from '@nestjs/common';
import { Availability, productAvailability } from '../../inventory/availability';
import { InventoryAvailability } from '../../inventory/inventory-availability.service';
import { Db } from '../../platform/database/db.service';
import { OptionView } from '../dto/product.view';
import { ProductCardView, StoreVariantView } from '../dto/store-product.view';
import { ProductImages } from '../media/product-images.service';

export interface ProductRow {
  id: string;
  handle: string;
  title: string;
  vendor: string;
  min_amount: string;
  max_amount: string;
  max_discount_percent: number;
  image_id: string | null;
  image_alt: string | null;
}

interface VariantRow {
  id: string;
  product_id: string;
  title: string;
  options: Record<string, string>;
  amount: string;
  was_amount: string | null;
}

const UNAVAILABLE: Availability = { status: 'out_of_stock', available: null, expectedAt: null };

/**
 * Turns a page of product rows into cards: their variants with current prices in one query, their
 * availability in one more, whatever the page size.
 */
@Injectable()
export class ProductCards {
  constructor(
    private readonly db: Db,
    private readonly availability: InventoryAvailability,
    private readonly images: ProductImages,
  ) {}

  async build(rows: ProductRow[], currency: string): Promise<ProductCardView[]> {
    if (!rows.length) return [];
    const variants: VariantRow[] = await this.db.read(
      `SELECT v.id, v.product_id, v.title, v.options, cp.amount, cp.was_amount
         FROM product_variants v JOIN variant_current_prices cp ON cp.variant_id = v.id AND cp.currency = $2
        WHERE v.product_id = ANY($1) ORDER BY v.product_id, v.position, v.sku`,
      [rows.map((r) => r.id), currency],
    );
    const stock = await this.availability.forVariants(variants.map((v) => v.id));
    const byProduct = new Map<string, StoreVariantView[]>();
    for (const variant of variants) {
      const amount = Number(variant.amount);
      const was = variant.was_amount === null ? null : Number(variant.was_amount);
      const view: StoreVariantView = {
        id: variant.id,
        title: variant.title,
        options: variant.options,
        price: { amount, currency },
        wasPrice: was === null ? null : { amount: was, currency },
        discountPercent: was ? Math.floor(((was - amount) * 100) / was) : 0,
        availability: stock.get(variant.id)?.availability ?? UNAVAILABLE,
      };
      byProduct.set(variant.product_id, [...(byProduct.get(variant.product_id) ?? []), view]);
    }
    return rows.map((row) => {
      const productVariants = byProduct.get(row.id) ?? [];
      return {
        id: row.id,
        handle: row.handle,
        title: row.title,
        vendor: row.vendor,
        thumbnail: row.image_id ? { url: this.images.urlOf(row.id, row.image_id, 'thumb'), alt: row.image_alt || row.title } : null,
        priceRange: {
          min: { amount: Number(row.min_amount), currency },
          max: { amount: Number(row.max_amount), currency },
          maxDiscountPercent: row.max_discount_percent,
        },
        availability: productVariants.length ? productAvailability(productVariants.map((v) => v.availability)) : UNAVAILABLE,
        options: optionsInUse(productVariants),
        variants: productVariants,
      };
    });
  }
}

/** The option values the variants use, in the order they first appear. */
export function optionsInUse(variants: { options: Record<string, string> }[]): OptionView[] {
  const byName = new Map<string, string[]>();
  for (const variant of variants) {
    for (const [name, value] of Object.entries(variant.options)) {
      const values = byName.get(name) ?? [];
      if (!values.includes(value)) values.push(value);
      byName.set(name, values);
    }
  }
  return [...byName].map(([name, values]) => ({ name, values }));
}

/** The columns a card needs: `SELECT ${CARD_COLUMNS} FROM products p JOIN ... pr ${CARD_IMAGE_JOIN}`. */
export const CARD_COLUMNS = `p.id, p.handle, p.title, p.vendor, pr.min_amount, pr.max_amount, pr.max_discount_percent, img.image_id, img.image_alt`;

/** The first image of each product, looked up once per listed row through its index. */
export const CARD_IMAGE_JOIN = `LEFT JOIN LATERAL (SELECT i.id AS image_id, i.alt AS image_alt FROM product_images i
  WHERE i.product_id = p.id ORDER BY i.position, i.id LIMIT 1) img ON true`;
