import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Permission, StaffMeView } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { can } from './permissions';

/** Loaded by the app frame's route before any page renders, so pages read it without waiting. */
export const meQuery = () => queryOptions({ queryKey: ['me'], queryFn: () => api().adminGetMe(), staleTime: 60_000 });

export function useMe(): StaffMeView {
  return useSuspenseQuery(meQuery()).data;
}

/** Whether the signed-in staff member holds a permission: decides which actions a page offers. */
export function useCan(permission: Permission): boolean {
  return can(useMe(), permission);
}
