import type { CreateVariantDto, UpdateVariantDto } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useProductsMutation } from './use-products';

export function useCreateVariant(productId: string) {
  return useProductsMutation((body: CreateVariantDto) => api().adminCreateVariant({ path: { id: productId }, body }));
}

export function useUpdateVariant(productId: string) {
  return useProductsMutation(({ variantId, ...body }: UpdateVariantDto & { variantId: string }) =>
    api().adminUpdateVariant({ path: { id: productId, variantId }, body }),
  );
}

/** Refused with 409 when the variant has stock history or orders (`variant_has_history`) or is the last one. */
export function useDeleteVariant(productId: string) {
  return useProductsMutation((variantId: string) => api().adminDeleteVariant({ path: { id: productId, variantId } }));
}
