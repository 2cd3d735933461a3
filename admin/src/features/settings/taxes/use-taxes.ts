import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateTaxRateDto, TaxSettingsView, UpdateTaxRateDto } from '@tillpoint/sdk';
import { api } from '../../../api/client';
import { useCursorList } from '../../../shared/hooks/use-cursor-list';

const TAX_KEY = ['tax'] as const;

export function useTaxSettings() {
  return useQuery({ queryKey: [...TAX_KEY, 'settings'], queryFn: () => api().adminGetTaxSettings() });
}

export function useUpdateTaxSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TaxSettingsView) => api().adminUpdateTaxSettings({ body }),
    onSuccess: (saved) => queryClient.setQueryData([...TAX_KEY, 'settings'], saved),
  });
}

/** By country, the country's own rate before its regions. */
export function useTaxRates() {
  return useCursorList([...TAX_KEY, 'rates'], (cursor) => api().adminListTaxRates({ query: { limit: 100, cursor } }));
}

function useTaxRateMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...TAX_KEY, 'rates'] }) });
}

export function useCreateTaxRate() {
  return useTaxRateMutation((body: CreateTaxRateDto) => api().adminCreateTaxRate({ body }));
}

export function useUpdateTaxRate() {
  return useTaxRateMutation(({ id, ...body }: UpdateTaxRateDto & { id: string }) => api().adminUpdateTaxRate({ path: { id }, body }));
}

export function useDeleteTaxRate() {
  return useTaxRateMutation((id: string) => api().adminDeleteTaxRate({ path: { id } }));
}
