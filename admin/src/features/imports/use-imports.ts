import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogImportView } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

const IMPORTS_KEY = ['imports'] as const;
/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 1000;

export type ImportStatus = CatalogImportView['status'];

export const isFinished = (status: ImportStatus) => status === 'done' || status === 'failed';

export function useImports(): CursorList<CatalogImportView> {
  return useCursorList([...IMPORTS_KEY, 'list'], (cursor) => api().adminListProductImports({ query: { limit: 10, cursor } }));
}

/** One import, polled while it is queued or running; products are reloaded once it finishes. */
export function useImport(id: string | undefined) {
  const queryClient = useQueryClient();
  const queryKey = [...IMPORTS_KEY, 'detail', id];
  return useQuery({
    queryKey,
    queryFn: async () => {
      const before = queryClient.getQueryData<CatalogImportView>(queryKey);
      const current = await api().adminGetProductImport({ path: { id: id ?? '' } });
      if (isFinished(current.status) && !(before && isFinished(before.status))) {
        await Promise.all(
          [IMPORTS_KEY, ['products'], ['inventory']].map((key) => queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' })),
        );
        void queryClient.invalidateQueries({ queryKey: [...IMPORTS_KEY, 'list'] });
      }
      return current;
    },
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.status) ? false : IMPORT_POLL_MS),
  });
}

/** Uploads the CSV; the API answers at once (202) and imports it in the background. */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api().adminStartProductImport({ body: { file } }),
    onSuccess: (created) => {
      queryClient.setQueryData([...IMPORTS_KEY, 'detail', created.id], created);
      return queryClient.invalidateQueries({ queryKey: [...IMPORTS_KEY, 'list'] });
    },
  });
}

/** The whole catalogue as the API writes it (the import format), saved as a file. */
export function useExportProducts() {
  return useMutation({
    mutationFn: async () => {
      // Asked for as a Blob so the bytes arrive untouched; typed as the document's string.
      const csv: unknown = await api().adminExportProducts({ parseAs: 'blob' });
      const blob = csv instanceof Blob ? csv : new Blob([String(csv)], { type: 'text/csv' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `products-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      // The download has started by now; the URL is no longer needed.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}
