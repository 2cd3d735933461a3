import { Injectable } from '@nestjs/common';
import { variantStockOf, variantStockSql, VariantStockRow } from '../../inventory/inventory-availability.service';
import { AppConfig } from '../../platform/config/app-config';
import { Db } from '../../platform/database/db.service';
import { NotFound } from '../../platform/errors/domain-error';
import { DeliveryOptions, DeliveryOptionView } from '../../shipping/delivery-options.service';
import { DeliveryQuery } from '../dto/store-query.dto';
import { BreadcrumbView, ProductDetailView } from '../dto/store-product.view';
import { ProductImages } from '../media/product-images.service';
import { CARD_PRODUCT_COLUMNS, cardColumns, ProductCards, ProductRow } from './product-cards.service';

interface ImageRow {
  id: string;
  alt: string;
  variant_id: string | null;
  width: number | null;
  height: number | null;
}

interface DetailRow extends ProductRow {
  images: ImageRow[] | null;
  breadcrumbs: BreadcrumbView[] | null;
  subtitle: string;
  description_html: string;
  tags: string[];
  seo_title: string | null;
  seo_description: string | null;
}

const DELIVERY_STOCK = variantStockSql('v', { byLocation: true });

/** One product page in one query: the product, its variants with prices and availability, images, breadcrumbs. */
@Injectable()
export class ProductDetail {
  constructor(
    private readonly db: Db,
    private readonly cards: ProductCards,
    private readonly images: ProductImages,
    private readonly delivery: DeliveryOptions,
    private readonly config: AppConfig,
  ) {}

  async byHandle(handle: string, currencyWanted?: string): Promise<ProductDetailView> {
    const currency = currencyWanted ?? this.config.store.currency;
    const [row]: DetailRow[] = await this.db.read(
      `SELECT ${CARD_PRODUCT_COLUMNS}, ${cardColumns('p.id', '$2')},
              p.subtitle, p.description_html, p.tags, p.seo_title, p.seo_description,
              (SELECT json_agg(json_build_object('id', i.id, 'alt', i.alt, 'variant_id', i.variant_id, 'width', i.width, 'height', i.height)
                               ORDER BY i.position, i.id)
                 FROM product_images i WHERE i.product_id = p.id) AS images,
              (SELECT json_agg(json_build_object('handle', a.handle, 'name', a.name) ORDER BY cardinality(a.ancestors))
                 FROM categories c JOIN categories a ON a.id = ANY(c.ancestors || c.id) WHERE c.id = p.category_id) AS breadcrumbs
         FROM products p JOIN product_price_ranges pr ON pr.product_id = p.id AND pr.currency = $2
        WHERE p.handle = $1 AND p.status = 'active'`,
      [handle, currency],
    );
    if (!row) throw new NotFound('product');
    const [card] = this.cards.build([row], currency);
    const images = row.images ?? [];
    const breadcrumbs = row.breadcrumbs ?? [];
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
    const rows: (VariantStockRow & { id: string; weight_grams: number | null; amount: string })[] = await this.db.read(
      `SELECT v.id, v.weight_grams, cp.amount, ${DELIVERY_STOCK.columns}
         FROM products p JOIN product_variants v ON v.product_id = p.id
         JOIN variant_current_prices cp ON cp.variant_id = v.id AND cp.currency = $2 ${DELIVERY_STOCK.join}
        WHERE p.handle = $1 AND p.status = 'active' ORDER BY v.position, v.sku`,
      [handle, currency],
    );
    if (!rows.length) throw new NotFound('product');
    const variants = rows.map((row) => ({ ...row, stock: variantStockOf(row) }));
    const chosen = query.variantId
      ? variants.find((v) => v.id === query.variantId)
      : (variants.find((v) => ['in_stock', 'low_stock'].includes(v.stock.availability.status)) ?? variants[0]);
    if (!chosen) throw new NotFound('variant');
    const variantStock = chosen.stock;
    const status = variantStock.availability.status;
    return this.delivery.forItem({
      destination: { country: query.country ?? this.config.store.country, region: query.region, postcode: query.postcode },
      weightGrams: chosen.weight_grams ?? 0,
      price: { amount: Number(chosen.amount), currency },
      stock: {
        availableByLocation: variantStock.availableByLocation,
        inStock: status === 'in_stock' || status === 'low_stock',
        backorderExpectedAt: status === 'backorder' ? variantStock.availability.expectedAt : null,
      },
    });
  }
}
