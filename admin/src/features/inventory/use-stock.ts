import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  idempotent,
  type CreateStockAdjustmentDto,
  type CreateStockTransferDto,
  type StockLevelView,
  type StockMovementKind,
  type StockMovementView,
} from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

export const INVENTORY_KEY = ['inventory'] as const;
const PAGE_SIZE = 50;

export interface StockFilter {
  locationId?: string;
  productId?: string;
  lowStock?: boolean;
}

export interface MovementFilter {
  variantId?: string;
  locationId?: string;
  kind?: StockMovementKind;
}

export function useStockLevels(filter: StockFilter): CursorList<StockLevelView> {
  return useCursorList([...INVENTORY_KEY, 'levels', filter], (cursor) =>
    api().adminListStockLevels({ query: { ...filter, limit: PAGE_SIZE, cursor } }),
  );
}

/** One variant's level at every location: where a transfer can take units from. */
export function useVariantLevels(variantId: string | undefined) {
  return useQuery({
    queryKey: [...INVENTORY_KEY, 'levels', { variantId }],
    queryFn: async () => (await api().adminListStockLevels({ query: { variantId, limit: 100 } })).items,
    enabled: Boolean(variantId),
  });
}

/** Newest first. */
export function useStockMovements(filter: MovementFilter): CursorList<StockMovementView> {
  return useCursorList([...INVENTORY_KEY, 'movements', filter], (cursor) =>
    api().adminListStockMovements({ query: { ...filter, limit: PAGE_SIZE, cursor } }),
  );
}

function useStockChange<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    // The product list shows what is available too.
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: INVENTORY_KEY }), queryClient.invalidateQueries({ queryKey: ['products'] })]),
  });
}

/** With the form's Idempotency-Key: a double click or a retry changes the stock once. */
export function useAdjustStock() {
  return useStockChange(({ body, key }: { body: CreateStockAdjustmentDto; key: string }) =>
    api().adminCreateStockAdjustment({ body, headers: idempotent(key) }),
  );
}

export function useTransferStock() {
  return useStockChange(({ body, key }: { body: CreateStockTransferDto; key: string }) =>
    api().adminCreateStockTransfer({ body, headers: idempotent(key) }),
  );
}
