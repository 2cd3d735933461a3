import type { OrderEventView } from '@tillpoint/sdk';
import clsx from 'clsx';
import { ExternalLink } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../shared/format/dates';
import { Card } from '../../../shared/ui/Card';
import { describeEvent } from '../order-timeline';
import { useEventActor } from '../use-event-actor';

interface OrderTimelineProps {
  events: OrderEventView[];
  /** The order's currency, for amounts an event states without one. */
  currency: string;
  /** Above the events, such as the box for a new note. */
  children?: ReactNode;
}

/** What happened to the order, oldest first, as a vertical line of events with who did each. */
export function OrderTimeline({ events, currency, children }: OrderTimelineProps) {
  const actorOf = useEventActor();
  return (
    <section aria-labelledby="order-timeline" className="space-y-2">
      <h2 id="order-timeline" className="font-semibold text-stone-900">
        Timeline
      </h2>
      <Card className="divide-y divide-stone-100">
        {children && <div className="px-4 py-3.5 sm:px-5">{children}</div>}
        <div className="px-4 py-4 sm:px-5">
          {events.length === 0 ? (
            <p className="text-stone-500">Nothing has happened to this order yet.</p>
          ) : (
            <ol aria-label="Order timeline" className="relative">
              {events.map((event, index) => {
                const { title, detail, link, note } = describeEvent(event, currency);
                const last = index === events.length - 1;
                return (
                  <li key={`${event.at}-${index}`} className="relative flex gap-3 pb-5 last:pb-0">
                    {!last && <span aria-hidden className="absolute top-3 bottom-0 left-[5px] w-px bg-stone-200" />}
                    <span
                      aria-hidden
                      className={clsx(
                        'relative mt-1.5 size-[11px] shrink-0 rounded-full ring-2 ring-white',
                        last ? 'bg-brand-600' : note ? 'bg-amber-400' : 'bg-stone-300',
                      )}
                    />
                    <div className="min-w-0 flex-1">
                      <p className="font-medium text-stone-900">{title}</p>
                      {detail &&
                        (note ? (
                          <p className="mt-1 rounded-md bg-amber-50 px-2.5 py-1.5 break-words whitespace-pre-wrap text-stone-800 ring-1 ring-amber-200/70">
                            {detail}
                          </p>
                        ) : (
                          <p className="break-words text-stone-600">{detail}</p>
                        ))}
                      {link && (
                        <a
                          href={link.href}
                          target="_blank"
                          rel="noopener noreferrer"
                          className="inline-flex items-center gap-1 text-[13px] font-medium text-brand-700 hover:underline"
                        >
                          {link.label}
                          <ExternalLink aria-hidden className="size-3.5" />
                        </a>
                      )}
                      <p className="mt-0.5 text-xs text-stone-500">
                        <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {actorOf(event)}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      </Card>
    </section>
  );
}
