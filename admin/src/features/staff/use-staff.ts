import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InviteStaffDto, StaffView, UpdateStaffDto } from '@tillpoint/sdk';
import { api } from '../../api/client';
import { useCursorList, type CursorList } from '../../shared/hooks/use-cursor-list';

const STAFF_KEY = ['staff'] as const;
const PAGE_SIZE = 50;

export function useStaffList(): CursorList<StaffView> {
  return useCursorList([...STAFF_KEY, 'list'], (cursor) => api().adminListStaff({ query: { limit: PAGE_SIZE, cursor } }));
}

function useStaffMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: STAFF_KEY }) });
}

/** Creates the account as "invited" and emails a link to choose a password. */
export function useInviteStaff() {
  return useStaffMutation((body: InviteStaffDto) => api().adminInviteStaff({ body }));
}

/** Role, status (deactivating ends every session of that person at once) or name. */
export function useUpdateStaff() {
  return useStaffMutation(({ id, ...body }: UpdateStaffDto & { id: string }) => api().adminUpdateStaff({ path: { id }, body }));
}

/** A new invitation email; the earlier link stops working. */
export function useResendInvite() {
  return useStaffMutation((id: string) => api().adminResendStaffInvite({ path: { id } }));
}
