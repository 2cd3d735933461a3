import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { endSession } from '../../api/client';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: endSession,
    // Leave the frame first: clearing the cache while it is shown would refetch the staff member.
    onSettled: async () => {
      await navigate({ to: '/sign-in', search: { notice: 'signed-out' } });
      queryClient.clear();
    },
  });
}
