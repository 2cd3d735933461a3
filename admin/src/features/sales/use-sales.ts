import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePriceListDto, PriceListView, UpdatePriceListDto } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

const SALES_KEY = ['price-lists'] as const;
const PAGE_SIZE = 50;

export function useSales(): CursorList<PriceListView> {
  return useCursorList([...SALES_KEY, 'list'], (cursor) => api().adminListPriceLists({ query: { limit: PAGE_SIZE, cursor } }));
}

function useSaleMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    // A sale changes what shoppers pay, so the product lists' prices move with it.
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: SALES_KEY }), queryClient.invalidateQueries({ queryKey: ['products'] })]),
  });
}

export function useCreateSale() {
  return useSaleMutation((body: CreatePriceListDto) => api().adminCreatePriceList({ body }));
}

export function useUpdateSale() {
  return useSaleMutation(({ id, ...body }: UpdatePriceListDto & { id: string }) => api().adminUpdatePriceList({ path: { id }, body }));
}

export function useDeleteSale() {
  return useSaleMutation((id: string) => api().adminDeletePriceList({ path: { id } }));
}
