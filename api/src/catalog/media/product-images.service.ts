import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { BadRequest, NotFound } from '../../platform/errors/domain-error';
import { MediaStorage } from '../../platform/storage/media-storage';
import { ImageView } from '../dto/product.view';
import { ProductImage } from '../entities/product-image.entity';
import { IMAGE_SIZES, ImageSize, imageKey, processImage } from './image-sizes';

export interface UploadedImage {
  buffer: Buffer;
  alt?: string;
  variantId?: string;
}

/** Product images: stored in every size at upload, served from media storage, ordered by position. */
@Injectable()
export class ProductImages {
  constructor(
    private readonly db: Db,
    private readonly storage: MediaStorage,
  ) {}

  view(image: Pick<ProductImage, 'id' | 'productId' | 'alt' | 'variantId' | 'width' | 'height'>): ImageView {
    return {
      id: image.id,
      thumbnailUrl: this.urlOf(image.productId, image.id, 'thumb'),
      url: this.urlOf(image.productId, image.id, 'large'),
      alt: image.alt,
      variantId: image.variantId,
      width: image.width,
      height: image.height,
    };
  }

  urlOf(productId: string, imageId: string, size: ImageSize): string {
    return this.storage.url(imageKey(productId, imageId, size));
  }

  async add(productId: string, upload: UploadedImage): Promise<ImageView> {
    const [product] = await this.db.manager.query('SELECT id FROM products WHERE id = $1', [productId]);
    if (!product) throw new NotFound('product');
    if (upload.variantId) await this.assertVariantOf(productId, upload.variantId);
    const processed = await processImage(upload.buffer);
    if (!processed)
      throw new BadRequest('not_an_image', 'The file is not an image we can use (JPEG, PNG, WebP, GIF, AVIF or TIFF).', [
        { pointer: '/file', detail: 'is not an image' },
      ]);
    const id = randomUUID();
    // Files first: a row without files would show a broken image; files without a row are only clutter.
    for (const size of Object.keys(IMAGE_SIZES) as ImageSize[]) {
      await this.storage.put(imageKey(productId, id, size), processed.sizes[size], 'image/webp');
    }
    const image = await this.db.transaction(async (tx) => {
      const [{ next }] = await tx.query('SELECT COALESCE(max(position) + 1, 0) AS next FROM product_images WHERE product_id = $1', [
        productId,
      ]);
      return tx.save(
        tx.create(ProductImage, {
          id,
          productId,
          variantId: upload.variantId ?? null,
          storageKey: `products/${productId}/${id}`,
          alt: upload.alt?.slice(0, 200) ?? '',
          position: next,
          width: processed.width,
          height: processed.height,
        }),
      );
    });
    return this.view(image);
  }

  async update(
    productId: string,
    imageId: string,
    changes: { alt?: string; position?: number; variantId?: string | null },
  ): Promise<ImageView> {
    if (changes.variantId) await this.assertVariantOf(productId, changes.variantId);
    const image = await this.db.manager.findOne(ProductImage, { where: { id: imageId, productId } });
    if (!image) throw new NotFound('image');
    if (Object.keys(changes).length) await this.db.manager.update(ProductImage, { id: imageId }, changes);
    return this.view(await this.db.manager.findOneByOrFail(ProductImage, { id: imageId }));
  }

  async remove(productId: string, imageId: string): Promise<void> {
    const result = await this.db.manager.delete(ProductImage, { id: imageId, productId });
    if (!result.affected) throw new NotFound('image');
    for (const size of Object.keys(IMAGE_SIZES) as ImageSize[]) {
      await this.storage.removePrefix(imageKey(productId, imageId, size)).catch(() => undefined);
    }
  }

  private async assertVariantOf(productId: string, variantId: string): Promise<void> {
    const [variant] = await this.db.manager.query('SELECT id FROM product_variants WHERE id = $1 AND product_id = $2', [
      variantId,
      productId,
    ]);
    if (!variant)
      throw new BadRequest('unknown_variant', 'The variant is not one of this product.', [
        { pointer: '/variantId', detail: 'is not a variant of this product' },
      ]);
  }
}
