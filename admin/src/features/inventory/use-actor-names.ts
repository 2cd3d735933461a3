import { useQuery } from '@tanstack/react-query';
import type { StockActorView } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCan, useMe } from '../auth/use-me';

/**
 * Who moved stock, for people: "You", a colleague's name when this role may list staff, otherwise
 * what kind of actor it was.
 */
export function useActorName(): (actor: StockActorView) => string {
  const me = useMe();
  const canListStaff = useCan('staff:read');
  const staff = useQuery({
    queryKey: ['staff', 'names'],
    queryFn: () => api().adminListStaff({ query: { limit: 100 } }),
    enabled: canListStaff,
    staleTime: 5 * 60_000,
  });
  const names = new Map(staff.data?.items.map((member) => [member.id, member.name]));
  return (actor) => {
    if (actor.type === 'system') return 'System';
    if (actor.type === 'api_key') return 'API key';
    if (actor.id === me.id) return 'You';
    return (actor.id && names.get(actor.id)) || 'Staff member';
  };
}
