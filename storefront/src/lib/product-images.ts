import type { ImageView, ProductDetailView } from '@tillpoint/sdk';

/** The API stores each image at most this wide for the product page (and 480 px for lists). */
const LARGE_MAX_WIDTH = 1200;
const THUMB_WIDTH = 480;

/** `srcset` offering the 480 px thumbnail and the large size, so phones never fetch more than they show. */
export function imageSrcset(image: ImageView): string {
  const largeWidth = Math.min(image.width ?? LARGE_MAX_WIDTH, LARGE_MAX_WIDTH);
  return largeWidth > THUMB_WIDTH
    ? `${image.thumbnailUrl} ${THUMB_WIDTH}w, ${image.url} ${largeWidth}w`
    : `${image.thumbnailUrl} ${largeWidth}w`;
}

/**
 * The image to show for each variant: the one linked to it in the admin; failing that, one whose alt
 * text names the variant's colour ("Rain Coat in Olive"), as catalogs imported without links describe it.
 */
export function variantImageIds(product: ProductDetailView): Record<string, string> {
  const byVariant: Record<string, string> = {};
  for (const variant of product.variants) {
    const linked = product.images.find((image) => image.variantId === variant.id);
    const values = Object.values(variant.options).filter((value) => value.length > 2);
    const described = product.images.find(
      (image) => image.variantId === null && values.some((value) => new RegExp(`\\b${escapeRegExp(value)}\\b`, 'i').test(image.alt)),
    );
    const image = linked ?? described;
    if (image) byVariant[variant.id] = image.id;
  }
  return byVariant;
}

/** The gallery with the chosen variant's image first, for pages rendered without JavaScript. */
export function imagesLeadingWith(images: readonly ImageView[], imageId: string | undefined): ImageView[] {
  const lead = images.find((image) => image.id === imageId);
  return lead ? [lead, ...images.filter((image) => image !== lead)] : [...images];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
