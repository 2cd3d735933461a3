import { useQuery } from '@tanstack/react-query';
import type { RoleView } from '@tillpoint/sdk';
import { api } from '../../api/client';

/** The roles and what each allows; they change only with a new API release. */
export function useRoles(): RoleView[] | undefined {
  return useQuery({ queryKey: ['roles'], queryFn: () => api().adminListRoles(), staleTime: Infinity }).data;
}
