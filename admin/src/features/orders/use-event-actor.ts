import type { OrderEventView } from '@tillpoint/sdk';
import { useMe } from '../auth/use-me';
import { useActorName } from '../inventory/use-actor-names';

/**
 * Who caused an order event, for people: "You", the colleague or key by the name the API gives, the
 * customer, or the system. Without a name, the staff list fills in (when this role may read it).
 */
export function useEventActor(): (event: OrderEventView) => string {
  const me = useMe();
  const staffName = useActorName();
  return (event) => {
    if (event.actorType === 'staff' && event.actorId === me.id) return 'You';
    if (event.actorType === 'customer') return event.actorName ? `${event.actorName} (customer)` : 'Customer';
    return event.actorName ?? staffName({ type: event.actorType, id: event.actorId });
  };
}
