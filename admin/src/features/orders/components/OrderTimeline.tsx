import type { OrderEventView } from '@tillpoint/sdk';
import { formatDateTime } from '../../../shared/format/dates';
import { Card } from '../../../shared/ui/Card';
import { describeEvent } from '../order-timeline';
import { useEventActor } from '../use-event-actor';

/** What happened to the order, oldest first, as a vertical line of events. */
export function OrderTimeline({ events }: { events: OrderEventView[] }) {
  const actorOf = useEventActor();
  return (
    <section aria-labelledby="order-timeline" className="space-y-2">
      <h2 id="order-timeline" className="font-semibold text-stone-900">
        Timeline
      </h2>
      <Card className="px-4 py-4 sm:px-5">
        {events.length === 0 ? (
          <p className="text-stone-500">Nothing has happened to this order yet.</p>
        ) : (
          <ol aria-label="Order timeline" className="relative">
            {events.map((event, index) => {
              const { title, detail } = describeEvent(event);
              const last = index === events.length - 1;
              return (
                <li key={`${event.at}-${index}`} className="relative flex gap-3 pb-5 last:pb-0">
                  {!last && <span aria-hidden className="absolute top-3 bottom-0 left-[5px] w-px bg-stone-200" />}
                  <span
                    aria-hidden
                    className={`relative mt-1.5 size-[11px] shrink-0 rounded-full ring-2 ring-white ${last ? 'bg-brand-600' : 'bg-stone-300'}`}
                  />
                  <div className="min-w-0">
                    <p className="font-medium text-stone-900">{title}</p>
                    {detail && <p className="text-stone-600">{detail}</p>}
                    <p className="mt-0.5 text-xs text-stone-500">
                      <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {actorOf(event)}
                    </p>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </Card>
    </section>
  );
}
