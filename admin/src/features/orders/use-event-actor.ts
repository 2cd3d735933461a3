import type { OrderEventView } from '@tillpoint/sdk';
import { useActorName } from '../inventory/use-actor-names';

/** Who caused an order event, for people: the shopper, "You", a colleague, an API key, or the system. */
export function useEventActor(): (event: OrderEventView) => string {
  const staffName = useActorName();
  return (event) => (event.actorType === 'customer' ? 'Customer' : staffName({ type: event.actorType, id: event.actorId }));
}
