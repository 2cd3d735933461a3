import type { ImageView, UpdateImageDto } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useProductsMutation } from './use-products';

/** Sent as multipart form data; the API stores every size and answers with the new image. */
export function useUploadProductImage(productId: string) {
  return useProductsMutation(({ file, alt, variantId }: { file: File; alt?: string; variantId?: string }) =>
    api().adminUploadProductImage({ path: { id: productId }, body: { file, alt, variantId } }),
  );
}

export function useUpdateProductImage(productId: string) {
  return useProductsMutation(({ imageId, ...body }: UpdateImageDto & { imageId: string }) =>
    api().adminUpdateProductImage({ path: { id: productId, imageId }, body }),
  );
}

export function useDeleteProductImage(productId: string) {
  return useProductsMutation((imageId: string) => api().adminDeleteProductImage({ path: { id: productId, imageId } }));
}

/**
 * Numbers every image by its place in the new order. All of them: the view does not say which
 * positions the others hold now (deletions leave gaps), and a product has a handful of images.
 */
export function useReorderProductImages(productId: string) {
  return useProductsMutation(async (ordered: readonly ImageView[]) => {
    for (const [position, image] of ordered.entries()) {
      await api().adminUpdateProductImage({ path: { id: productId, imageId: image.id }, body: { position } });
    }
  });
}
