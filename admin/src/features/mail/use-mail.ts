import { useQuery } from '@tanstack/react-query';
import type { MailSummaryView } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

const MAIL_KEY = ['mail'] as const;
const PAGE_SIZE = 50;

/** The mail log, newest first; `to` is an exact recipient address. */
export function useMailList(to: string | undefined): CursorList<MailSummaryView> {
  return useCursorList([...MAIL_KEY, 'list', to ?? null], (cursor) => api().adminListMail({ query: { limit: PAGE_SIZE, cursor, to } }));
}

/** One message with its bodies; sent mail does not change, so it is never refetched. */
export function useMail(id: string | undefined) {
  return useQuery({
    queryKey: [...MAIL_KEY, 'detail', id],
    queryFn: () => api().adminGetMail({ path: { id: id ?? '' } }),
    enabled: Boolean(id),
    staleTime: Infinity,
  });
}
