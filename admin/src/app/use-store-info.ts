import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** The store's public name, for the sidebar; "Tillpoint" until it arrives or if it cannot. */
export function useStoreName(): string {
  const info = useQuery({ queryKey: ['store-info'], queryFn: () => api().storeGetInfo(), staleTime: 5 * 60_000 });
  return info.data?.name ?? 'Tillpoint';
}
