import type { AvailabilityView, Money, ProductDetailView } from '@tillpoint/sdk';
import { minorUnits } from './money';

/** A link in the breadcrumb trail, with an absolute URL. */
export interface BreadcrumbEntry {
  name: string;
  url: string;
}

const SCHEMA_AVAILABILITY: Record<AvailabilityView['status'], string> = {
  in_stock: 'https://schema.org/InStock',
  low_stock: 'https://schema.org/LimitedAvailability',
  backorder: 'https://schema.org/BackOrder',
  out_of_stock: 'https://schema.org/OutOfStock',
};

/** schema.org `Product` with one `Offer` per variant (the variant id is its SKU). */
export function productJsonLd(product: ProductDetailView, url: string, description: string): Record<string, unknown> {
  const offers = product.variants.map((variant) => ({
    '@type': 'Offer',
    sku: variant.id,
    name: variant.title || product.title,
    url: product.variants.length > 1 ? `${url}?variant=${variant.id}` : url,
    price: majorUnits(variant.price),
    priceCurrency: variant.price.currency,
    availability: SCHEMA_AVAILABILITY[variant.availability.status],
    itemCondition: 'https://schema.org/NewCondition',
  }));
  const { min, max } = product.priceRange;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': url,
    name: product.title,
    description,
    url,
    image: product.images.map((image) => image.url),
    brand: product.vendor ? { '@type': 'Brand', name: product.vendor } : undefined,
    offers:
      offers.length === 1
        ? offers[0]
        : {
            '@type': 'AggregateOffer',
            lowPrice: majorUnits(min),
            highPrice: majorUnits(max),
            priceCurrency: min.currency,
            offerCount: offers.length,
            offers,
          },
  };
}

export function breadcrumbJsonLd(entries: readonly BreadcrumbEntry[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: entries.map((entry, index) => ({ '@type': 'ListItem', position: index + 1, name: entry.name, item: entry.url })),
  };
}

/** JSON for a `<script type="application/ld+json">`; `<` is escaped so no value can close the script element. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** "49.90": a price as schema.org wants it, in whole units with the currency's own decimals. */
function majorUnits({ amount, currency }: Money): string {
  const digits = minorUnits(currency);
  return (amount / 10 ** digits).toFixed(digits);
}
