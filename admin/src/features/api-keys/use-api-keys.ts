import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiKeyView, CreateApiKeyDto } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

const API_KEYS_KEY = ['api-keys'] as const;
const PAGE_SIZE = 50;

export function useApiKeys(): CursorList<ApiKeyView> {
  return useCursorList([...API_KEYS_KEY, 'list'], (cursor) => api().adminListApiKeys({ query: { limit: PAGE_SIZE, cursor } }));
}

/** The answer carries the secret, the only time the API ever sends it. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiKeyDto) => api().adminCreateApiKey({ body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}

/** Final: a revoked key stops working at once and cannot be restored. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api().adminRevokeApiKey({ path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}
