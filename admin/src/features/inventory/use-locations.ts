import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { paginate, type CreateStockLocationDto, type StockLocationView, type UpdateStockLocationDto } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { INVENTORY_KEY } from './use-stock';

const LOCATIONS_KEY = [...INVENTORY_KEY, 'locations'] as const;

/** Every stock location; a store has a handful. */
export function useStockLocations() {
  return useQuery({
    queryKey: LOCATIONS_KEY,
    queryFn: async () => {
      const locations: StockLocationView[] = [];
      for await (const location of paginate(api().adminListStockLocations, { query: { limit: 100 } })) locations.push(location);
      return locations;
    },
    staleTime: 60_000,
  });
}

export function useLocationList(): StockLocationView[] {
  return useStockLocations().data ?? EMPTY;
}
const EMPTY: StockLocationView[] = [];

function useLocationMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: INVENTORY_KEY }) });
}

export function useCreateLocation() {
  return useLocationMutation((body: CreateStockLocationDto) => api().adminCreateStockLocation({ body }));
}

export function useUpdateLocation() {
  return useLocationMutation(({ id, ...body }: UpdateStockLocationDto & { id: string }) =>
    api().adminUpdateStockLocation({ path: { id }, body }),
  );
}
