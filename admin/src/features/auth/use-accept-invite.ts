import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, startSession } from '../../api/client';

/** Spends the invitation token, sets the password, and signs the new staff member in. */
export function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => api().adminAcceptInvite({ body: input }),
    onSuccess: (pair) => {
      queryClient.removeQueries();
      startSession({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
    },
  });
}
