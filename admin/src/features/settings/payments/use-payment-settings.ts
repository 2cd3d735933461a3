import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PaymentSettingsView, UpdatePaymentSettingsDtoWritable } from '@tillpoint/sdk';
import { api } from '../../../api/client';

const PAYMENT_SETTINGS_KEY = ['payment-settings'] as const;

/** The providers' set-up; secrets come back only as "configured, ends in …". */
export function usePaymentSettings() {
  return useQuery({ queryKey: PAYMENT_SETTINGS_KEY, queryFn: () => api().adminGetPaymentSettings() });
}

export function useUpdatePaymentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePaymentSettingsDtoWritable) => api().adminUpdatePaymentSettings({ body }),
    onSuccess: (saved: PaymentSettingsView) => queryClient.setQueryData(PAYMENT_SETTINGS_KEY, saved),
  });
}
