import { Injectable } from '@nestjs/common';
import { InventoryAvailability } from '../../inventory/inventory-availability.service';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { NotFound } from '../../platform/errors/domain-error';
import { DeliveryOptions, DeliveryOptionView } from '../../shipping/delivery-options.service';
import { DeliveryQuery } from '../dto/store-query.dto';
import { BreadcrumbView, ProductDetailView } from '../dto/store-product.view';
import { ProductImages } from '../media/product-images.service';
import { CARD_COLUMNS, CARD_IMAGE_JOIN, ProductCards, ProductRow } from './product-cards.service';

interface ImageRow {
  id: string;
  alt: string;
  variant_id: string | null;
  width: number | null;
  height: number | null;
}

interface DetailRow extends ProductRow {
  subtitle: string;
  description_html: string;
  tags: string[];
  seo_title: string | null;
  seo_description: string | null;
  category_id: string | null;
}

/** One product page: the product, its variants with prices and availability, images, breadcrumbs. */
@Injectable()
export class ProductDetail {
  constructor(
    private readonly db: Db,
    private readonly cards: ProductCards,
    private readonly images: ProductImages,
    private readonly availability: InventoryAvailability,
    private readonly delivery: DeliveryOptions,
    private readonly config: AppConfig,
  ) {}

  async byHandle(handle: string, currencyWanted?: string): Promise<ProductDetailView> {
    const currency = currencyWanted ?? this.config.store.currency;
    const [row]: DetailRow[] = await this.db.read(
      `SELECT ${CARD_COLUMNS}, p.subtitle, p.description_html, p.tags, p.seo_title, p.seo_description, p.category_id
         FROM products p JOIN product_price_ranges pr ON pr.product_id = p.id AND pr.currency = $2 ${CARD_IMAGE_JOIN}
        WHERE p.handle = $1 AND p.status = 'active'`,
      [handle, currency],
    );
    if (!row) throw new NotFound('product');
    const [[card], images, breadcrumbs] = await Promise.all([
      this.cards.build([row], currency),
      this.db.read<ImageRow>(`SELECT id, alt, variant_id, width, height FROM product_images WHERE product_id = $1 ORDER BY position, id`, [
        row.id,
      ]),
      row.category_id
        ? this.db.read<BreadcrumbView>(
            `SELECT a.handle, a.name FROM categories c JOIN categories a ON a.id = ANY(c.ancestors || c.id)
              WHERE c.id = $1 ORDER BY cardinality(a.ancestors)`,
            [row.category_id],
          )
        : Promise.resolve([]),
    ]);
    return {
      ...card,
      subtitle: row.subtitle,
      descriptionHtml: row.description_html,
      images: images.map((i) =>
        this.images.view({
          id: i.id,
          productId: row.id,
          alt: i.alt || row.title,
          variantId: i.variant_id,
          width: i.width,
          height: i.height,
        }),
      ),
      breadcrumbs,
      tags: row.tags,
      seoTitle: row.seo_title,
      seoDescription: row.seo_description,
    };
  }

  /** How a variant reaches the shopper's destination: methods, prices and dates from the stock that holds it. */
  async deliveryOptions(handle: string, query: DeliveryQuery): Promise<DeliveryOptionView[]> {
    const currency = query.currency ?? this.config.store.currency;
    const variants: { id: string; weight_grams: number | null; amount: string; backorder_expected_at: string | null }[] =
      await this.db.read(
        `SELECT v.id, v.weight_grams, cp.amount, v.backorder_expected_at
         FROM products p JOIN product_variants v ON v.product_id = p.id
         JOIN variant_current_prices cp ON cp.variant_id = v.id AND cp.currency = $2
        WHERE p.handle = $1 AND p.status = 'active' ORDER BY v.position, v.sku`,
        [handle, currency],
      );
    if (!variants.length) throw new NotFound('product');
    const stock = await this.availability.forVariants(variants.map((v) => v.id));
    const chosen = query.variantId
      ? variants.find((v) => v.id === query.variantId)
      : (variants.find((v) => ['in_stock', 'low_stock'].includes(stock.get(v.id)?.availability.status ?? '')) ?? variants[0]);
    if (!chosen) throw new NotFound('variant');
    const variantStock = stock.get(chosen.id);
    const status = variantStock?.availability.status ?? 'out_of_stock';
    return this.delivery.forItem({
      destination: { country: query.country ?? this.config.store.country, region: query.region, postcode: query.postcode },
      weightGrams: chosen.weight_grams ?? 0,
      price: { amount: Number(chosen.amount), currency },
      stock: {
        availableByLocation: variantStock?.availableByLocation ?? {},
        inStock: status === 'in_stock' || status === 'low_stock',
        backorderExpectedAt: status === 'backorder' ? (variantStock?.availability.expectedAt ?? chosen.backorder_expected_at) : null,
      },
    });
  }
}
