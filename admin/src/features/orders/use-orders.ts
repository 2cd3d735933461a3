import { useQuery } from '@tanstack/react-query';
import type { AdminOrderSummaryView } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';
import { toOrderQuery, type OrderSearch } from './order-search';

export const ORDERS_KEY = ['orders'] as const;
export const orderKey = (id: string) => [...ORDERS_KEY, 'detail', id] as const;
const PAGE_SIZE = 50;

export function useOrderList(search: OrderSearch): CursorList<AdminOrderSummaryView> {
  return useCursorList([...ORDERS_KEY, 'list', search], (cursor) =>
    api().adminListOrders({ query: { ...toOrderQuery(search), limit: PAGE_SIZE, cursor } }),
  );
}

/** One order with its lines, addresses, payments and timeline. */
export function useOrder(id: string) {
  return useQuery({
    queryKey: orderKey(id),
    queryFn: () => api().adminGetOrder({ path: { id } }),
  });
}
