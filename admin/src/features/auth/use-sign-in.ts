import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => api().signIn('admin', credentials),
    // Nothing cached for a previous staff member may show through to the next one.
    onSuccess: () => queryClient.removeQueries(),
  });
}
