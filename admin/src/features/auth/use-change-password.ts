import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';

/** The API keeps this session and ends the staff member's other ones. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => api().adminChangePassword({ body: input }),
  });
}
