import { Injectable } from '@nestjs/common';
import { Availability, productAvailability } from '../../inventory/availability';
import { variantStockOf, variantStockSql, VariantStockRow } from '../../inventory/inventory-availability.service';
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
  image: { id: string; alt: string } | null;
  /** From `cardVariantsColumn`: null when the product has no variant priced in the currency. */
  variants: CardVariantJson[] | null;
}

interface CardVariantJson extends VariantStockRow {
  id: string;
  title: string;
  options: Record<string, string>;
  amount: number;
  was_amount: number | null;
}

const UNAVAILABLE: Availability = { status: 'out_of_stock', available: null, expectedAt: null };
const STOCK = variantStockSql('v');

/**
 * The columns a card needs, for a query over products `p` (or a page of them) with its price range `pr`:
 * the product, its first image, and its variants with current prices and stock as one JSON column, so a
 * page of cards is a single query whatever its size. `currency` is the SQL parameter holding the currency.
 */
export function cardColumns(productId: string, currency: string): string {
  return `(SELECT json_build_object('id', i.id, 'alt', i.alt) FROM product_images i WHERE i.product_id = ${productId}
            ORDER BY i.position, i.id LIMIT 1) AS image,
          (SELECT json_agg(json_build_object('id', v.id, 'title', v.title, 'options', v.options, 'amount', cp.amount,
                                             'was_amount', cp.was_amount, ${STOCK.jsonFields}) ORDER BY v.position, v.sku)
             FROM product_variants v JOIN variant_current_prices cp ON cp.variant_id = v.id AND cp.currency = ${currency}
             ${STOCK.join}
            WHERE v.product_id = ${productId}) AS variants`;
}

/** The product columns of a card: `SELECT ${CARD_PRODUCT_COLUMNS} FROM products p JOIN product_price_ranges pr ...`. */
export const CARD_PRODUCT_COLUMNS = `p.id, p.handle, p.title, p.vendor, pr.min_amount, pr.max_amount, pr.max_discount_percent`;

/** Turns rows read with the card columns into cards; no query of its own. */
@Injectable()
export class ProductCards {
  constructor(private readonly images: ProductImages) {}

  build(rows: ProductRow[], currency: string): ProductCardView[] {
    return rows.map((row) => {
      const variants = (row.variants ?? []).map((variant) => variantView(variant, currency));
      return {
        id: row.id,
        handle: row.handle,
        title: row.title,
        vendor: row.vendor,
        thumbnail: row.image ? { url: this.images.urlOf(row.id, row.image.id, 'thumb'), alt: row.image.alt || row.title } : null,
        priceRange: {
          min: { amount: Number(row.min_amount), currency },
          max: { amount: Number(row.max_amount), currency },
          maxDiscountPercent: row.max_discount_percent,
        },
        availability: variants.length ? productAvailability(variants.map((v) => v.availability)) : UNAVAILABLE,
        options: optionsInUse(variants),
        variants,
      };
    });
  }
}

function variantView(variant: CardVariantJson, currency: string): StoreVariantView {
  const amount = Number(variant.amount);
  const was = variant.was_amount === null ? null : Number(variant.was_amount);
  return {
    id: variant.id,
    title: variant.title,
    options: variant.options,
    price: { amount, currency },
    wasPrice: was === null ? null : { amount: was, currency },
    discountPercent: was ? Math.floor(((was - amount) * 100) / was) : 0,
    availability: variantStockOf(variant).availability,
  };
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
