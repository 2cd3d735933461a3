import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminOrderMessageView, MessageThreadView } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';
import { ORDERS_KEY } from '../orders/use-orders';

export const MESSAGES_KEY = ['messages'] as const;
const UNREAD_KEY = [...MESSAGES_KEY, 'unread'] as const;
const INBOX_KEY = [...MESSAGES_KEY, 'inbox'] as const;
const threadKey = (orderId: string) => [...MESSAGES_KEY, 'thread', orderId] as const;
const PAGE_SIZE = 50;
/** Customers write at any time: the badge and the inbox look again now and then, not only on focus. */
const POLL_MS = 30_000;

/** Threads across orders, the most recently active first. */
export function useMessageThreads(unreadOnly: boolean): CursorList<MessageThreadView> {
  return useCursorList(
    [...INBOX_KEY, unreadOnly],
    (cursor) => api().adminListMessageThreads({ query: { limit: PAGE_SIZE, cursor, unread: unreadOnly || undefined } }),
    { refetchInterval: POLL_MS },
  );
}

/** Customer messages no staff member has opened, for the navigation badge. */
export function useUnreadMessageCount() {
  return useQuery({ queryKey: UNREAD_KEY, queryFn: () => api().adminCountUnreadMessages(), refetchInterval: POLL_MS });
}

/**
 * One order's thread, newest first as the API pages it. Opening it marks the customer's messages read
 * on the API, so the badge and the inbox are refreshed once it has loaded.
 */
export function useOrderMessages(orderId: string): CursorList<AdminOrderMessageView> {
  const queryClient = useQueryClient();
  return useCursorList(threadKey(orderId), async (cursor) => {
    const page = await api().adminListOrderMessages({ path: { id: orderId }, query: { limit: PAGE_SIZE, cursor } });
    if (!cursor) {
      void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
      void queryClient.invalidateQueries({ queryKey: INBOX_KEY });
    }
    return page;
  });
}

/** A reply to the customer; they are emailed unless they turned that off. */
export function usePostOrderMessage(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api().adminPostOrderMessage({ path: { id: orderId }, body: { body } }),
    // The order's timeline gains the message too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: MESSAGES_KEY }),
        queryClient.invalidateQueries({ queryKey: [...ORDERS_KEY, 'detail', orderId] }),
      ]),
  });
}
