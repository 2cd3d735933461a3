import sharp from 'sharp';

/** The sizes every product image is stored in: lists use `thumb`, the product page `large`. */
export const IMAGE_SIZES = { thumb: 480, large: 1200 } as const;
export type ImageSize = keyof typeof IMAGE_SIZES;

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff']);

export function imageKey(productId: string, imageId: string, size: ImageSize): string {
  return `products/${productId}/${imageId}-${size}.webp`;
}

export interface ProcessedImage {
  width: number;
  height: number;
  sizes: Record<ImageSize, Buffer>;
}

/**
 * Reads the upload as an image (its bytes decide, not the file name or type the client claimed) and
 * writes each size as WebP, never enlarging a small original. Null when it is not an image we take.
 */
export async function processImage(input: Buffer): Promise<ProcessedImage | null> {
  const metadata = await sharp(input)
    .metadata()
    .catch(() => null);
  if (!metadata?.format || !ACCEPTED_FORMATS.has(metadata.format) || !metadata.width || !metadata.height) return null;
  const entries = await Promise.all(
    (Object.entries(IMAGE_SIZES) as [ImageSize, number][]).map(async ([size, width]) => {
      const buffer = await sharp(input).rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
      return [size, buffer] as const;
    }),
  );
  return { width: metadata.width, height: metadata.height, sizes: Object.fromEntries(entries) as Record<ImageSize, Buffer> };
}
