import { useLocation } from '@tanstack/react-router';
import { MessagesSquare } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Button } from '../../../shared/ui/Button';
import { Card } from '../../../shared/ui/Card';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { LoadingState } from '../../../shared/ui/Spinner';
import { useCan } from '../../auth/use-me';
import { useOrderMessages } from '../use-messages';
import { MessageBubble } from './MessageBubble';
import { ReplyForm } from './ReplyForm';

/** The order's conversation with its customer, oldest at the top, and the reply box under it. */
export function OrderMessagesPanel({ orderId }: { orderId: string }) {
  const thread = useOrderMessages(orderId);
  const canReply = useCan('messages:reply');
  const hash = useLocation({ select: (location) => location.hash });
  const section = useRef<HTMLElement>(null);
  const loaded = !thread.isLoading;

  // The inbox links to `#messages`; the section exists only once the order and its thread have loaded.
  useEffect(() => {
    if (loaded && hash === 'messages') section.current?.scrollIntoView({ block: 'start' });
  }, [loaded, hash]);

  const messages = [...thread.items].reverse();
  return (
    <section id="messages" ref={section} aria-labelledby="order-messages" className="scroll-mt-4 space-y-2">
      <h2 id="order-messages" className="font-semibold text-stone-900">
        Messages
      </h2>
      <Card className="space-y-4 px-4 py-4 sm:px-5">
        {thread.error ? (
          <ProblemNotice error={thread.error} title="The messages could not be loaded" />
        ) : thread.isLoading ? (
          <LoadingState label="Loading the messages…" className="py-6" />
        ) : messages.length === 0 ? (
          <p className="flex items-center gap-2 text-stone-500">
            <MessagesSquare aria-hidden className="size-4" />
            No messages about this order yet.
          </p>
        ) : (
          <>
            {thread.hasMore && (
              <div className="flex justify-center">
                <Button size="sm" variant="ghost" onClick={thread.loadMore} loading={thread.isLoadingMore}>
                  Show older messages
                </Button>
              </div>
            )}
            <ol aria-label="Message thread" className="space-y-3">
              {messages.map((message) => (
                <MessageBubble key={message.id} message={message} />
              ))}
            </ol>
          </>
        )}
        {canReply && <ReplyForm orderId={orderId} />}
      </Card>
    </section>
  );
}
