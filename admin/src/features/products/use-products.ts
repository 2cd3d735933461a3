import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminProductSummaryView, AdminProductView, BulkProductsDto, CreateProductDto, UpdateProductDto } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';
import { useDebouncedValue } from '../../shared/hooks/use-debounced-value';

export const PRODUCTS_KEY = ['products'] as const;
const PAGE_SIZE = 50;

export type ProductStatus = AdminProductView['status'];

export interface ProductFilter {
  q?: string;
  status?: ProductStatus;
  categoryId?: string;
  collectionId?: string;
}

export function useProductList(filter: ProductFilter): CursorList<AdminProductSummaryView> {
  return useCursorList([...PRODUCTS_KEY, 'list', filter], (cursor) =>
    api().adminListProducts({ query: { ...filter, limit: PAGE_SIZE, cursor } }),
  );
}

export function useProduct(id: string | undefined) {
  return useQuery({
    queryKey: [...PRODUCTS_KEY, 'detail', id],
    queryFn: () => api().adminGetProduct({ path: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

/** Products whose title, handle or SKU contains what is typed, for pickers; asks once typing pauses. */
export function useProductSearch(query: string) {
  const q = useDebouncedValue(query.trim(), 250);
  return useQuery({
    queryKey: [...PRODUCTS_KEY, 'search', q],
    queryFn: () => api().adminListProducts({ query: { q: q || undefined, limit: 20 } }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Titles of products known only by id (the products a sale covers), fetched one by one and cached. */
export function useProductTitles(ids: readonly string[]): Map<string, string> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: [...PRODUCTS_KEY, 'detail', id],
      queryFn: () => api().adminGetProduct({ path: { id } }),
      staleTime: 5 * 60_000,
    })),
  });
  return new Map(results.flatMap((result, index) => (result.data ? [[ids[index], result.data.title] as const] : [])));
}

export function useProductsMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      // Stock levels and collection counts carry product titles and variants too.
      await Promise.all(
        [PRODUCTS_KEY, ['inventory'], ['collections'], ['categories']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
    },
  });
}

export function useCreateProduct() {
  return useProductsMutation((body: CreateProductDto) => api().adminCreateProduct({ body }));
}

/** Every field but the variants; status "archived" archives it. */
export function useUpdateProduct(id: string) {
  return useProductsMutation((body: UpdateProductDto) => api().adminUpdateProduct({ path: { id }, body }));
}

/** Set the status of, or change the base prices of, up to 500 products at once. */
export function useBulkUpdateProducts() {
  return useProductsMutation((body: BulkProductsDto) => api().adminBulkUpdateProducts({ body }));
}
