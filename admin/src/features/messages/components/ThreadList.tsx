import { Link } from '@tanstack/react-router';
import type { MessageThreadView } from '@tillpoint/sdk';
import { Inbox } from 'lucide-react';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { Card } from '../../../shared/ui/Card';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { LoadingState } from '../../../shared/ui/Spinner';
import { useMessageThreads } from '../use-messages';

/** Mount with `key` set to the filter: another filter starts from its first page. */
export function ThreadList({ unreadOnly }: { unreadOnly: boolean }) {
  const threads = useMessageThreads(unreadOnly);
  if (threads.error) return <ProblemNotice error={threads.error} title="The messages could not be loaded" />;
  return (
    <Card>
      {threads.isLoading ? (
        <LoadingState />
      ) : threads.items.length === 0 ? (
        <EmptyState icon={Inbox} title={unreadOnly ? 'Nothing unread' : 'No messages yet'}>
          {unreadOnly
            ? 'Every customer message has been read.'
            : 'When a customer writes about an order from their account, the conversation appears here.'}
        </EmptyState>
      ) : (
        <ul aria-label="Conversations" className="divide-y divide-stone-100">
          {threads.items.map((thread) => (
            <ThreadRow key={thread.orderId} thread={thread} />
          ))}
        </ul>
      )}
      {threads.hasMore && (
        <div className="flex justify-center border-t border-stone-100 px-4 py-3">
          <Button size="sm" onClick={threads.loadMore} loading={threads.isLoadingMore}>
            Load more
          </Button>
        </div>
      )}
    </Card>
  );
}

function ThreadRow({ thread }: { thread: MessageThreadView }) {
  const unread = thread.unreadCount > 0;
  const last = thread.lastMessage;
  return (
    <li>
      <Link
        to="/orders/$orderId"
        params={{ orderId: thread.orderId }}
        hash="messages"
        className="flex gap-3 px-4 py-3 hover:bg-stone-50 sm:px-5"
      >
        <span aria-hidden className={`mt-2 size-2 shrink-0 rounded-full ${unread ? 'bg-brand-600' : 'bg-transparent'}`} />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-baseline gap-x-2">
            <span className={`truncate text-stone-900 ${unread ? 'font-semibold' : 'font-medium'}`}>
              {thread.customerName || thread.email}
            </span>
            <span className="text-stone-500 tabular-nums">Order #{thread.orderNumber}</span>
            {unread && <Badge tone="brand">{thread.unreadCount} unread</Badge>}
          </span>
          <span className="mt-0.5 block truncate text-stone-600">
            {last.from === 'staff' && <span className="text-stone-500">{last.authorName ?? 'Store'}: </span>}
            {last.excerpt}
          </span>
        </span>
        <span className="shrink-0 text-xs text-stone-500">
          <RelativeTime at={last.createdAt} />
        </span>
      </Link>
    </li>
  );
}
