import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CartSettingsDto } from '@tillpoint/sdk';
import { api } from '../../../api/client';

const CART_SETTINGS_KEY = ['cart-settings'] as const;

export function useCartSettings() {
  return useQuery({ queryKey: CART_SETTINGS_KEY, queryFn: () => api().adminGetCartSettings() });
}

export function useUpdateCartSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CartSettingsDto) => api().adminUpdateCartSettings({ body }),
    onSuccess: (saved) => queryClient.setQueryData(CART_SETTINGS_KEY, saved),
  });
}
