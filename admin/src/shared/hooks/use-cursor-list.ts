import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { Page } from '@tillpoint/sdk';
import { useMemo } from 'react';

export interface CursorList<Item> {
  items: Item[];
  isLoading: boolean;
  error: unknown;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
}

interface CursorListOptions {
  /** Poll for changes, such as jobs moving through their states. */
  refetchInterval?: number;
}

/**
 * Every cursor-paged list of the API, shown page by page with "Load more". Refetching reloads the
 * pages already open, so rows never vanish from under the reader.
 */
export function useCursorList<Item>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<Page<Item>>,
  options: CursorListOptions = {},
): CursorList<Item> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: options.refetchInterval,
  });
  const pages = query.data?.pages;
  // One array per fetched set of pages: the table re-renders its rows only when they change.
  const items = useMemo(() => pages?.flatMap((page) => page.items) ?? [], [pages]);
  return {
    items,
    isLoading: query.isPending,
    error: query.error,
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}
