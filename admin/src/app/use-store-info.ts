import { useQuery } from '@tanstack/react-query';
import type { StoreInfoView } from '@tillpoint/sdk';
import { api } from '../api/client';

function useStoreInfo(): StoreInfoView | undefined {
  return useQuery({ queryKey: ['store-info'], queryFn: () => api().storeGetInfo(), staleTime: 5 * 60_000 }).data;
}

/** The store's public name, for the sidebar; "Tillpoint" until it arrives or if it cannot. */
export function useStoreName(): string {
  return useStoreInfo()?.name ?? 'Tillpoint';
}

/** The currency prices are set in by default (ISO 4217); EUR until the store says otherwise. */
export function useStoreCurrency(): string {
  return useStoreInfo()?.currency ?? 'EUR';
}

/** Where shoppers see the store, for previews such as a search result; null until known. */
export function useStorefrontUrl(): string | null {
  return useStoreInfo()?.storefrontUrl.replace(/\/+$/, '') ?? null;
}
