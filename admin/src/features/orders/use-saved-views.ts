import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSavedViewDto } from '@tillpoint/sdk';
import { api } from '../../api/client';

const VIEWS_KEY = ['saved-views', 'orders'] as const;

/** My saved order-list views, then the ones colleagues shared. */
export function useOrderViews() {
  return useQuery({
    queryKey: VIEWS_KEY,
    queryFn: async () => (await api().adminListSavedViews({ query: { resource: 'orders' } })).items,
    staleTime: 60_000,
  });
}

function useViewsChange<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWS_KEY }) });
}

export function useSaveOrderView() {
  return useViewsChange((body: Omit<CreateSavedViewDto, 'resource'>) =>
    api().adminCreateSavedView({ body: { ...body, resource: 'orders' } }),
  );
}

export function useDeleteOrderView() {
  return useViewsChange((id: string) => api().adminDeleteSavedView({ path: { id } }));
}
