import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MailStatus, MailSummaryView } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

const MAIL_KEY = ['mail'] as const;
const PAGE_SIZE = 50;
/** Queued and failing mail moves on its own (sent, retried): the page follows without a reload. */
const MAIL_REFRESH_MS = 10_000;

export interface MailFilter {
  /** An exact recipient address. */
  to?: string;
  status?: MailStatus;
}

/** The mail log, newest first. */
export function useMailList(filter: MailFilter): CursorList<MailSummaryView> {
  return useCursorList(
    [...MAIL_KEY, 'list', filter.to ?? null, filter.status ?? null],
    (cursor) => api().adminListMail({ query: { limit: PAGE_SIZE, cursor, to: filter.to, status: filter.status } }),
    { refetchInterval: MAIL_REFRESH_MS },
  );
}

/** One message with its bodies; once sent it does not change, so only unsent mail is refetched. */
export function useMail(id: string | undefined) {
  return useQuery({
    queryKey: [...MAIL_KEY, 'detail', id],
    queryFn: () => api().adminGetMail({ path: { id: id ?? '' } }),
    enabled: Boolean(id),
    staleTime: (query) => (query.state.data?.status === 'sent' ? Infinity : 0),
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'sent' ? MAIL_REFRESH_MS / 2 : false),
  });
}

/** A failed email whose automatic attempts are over gets a fresh delivery job, now. */
export function useRetryMail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api().adminRetryMail({ path: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MAIL_KEY }),
  });
}
