import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { onSessionEnded } from '../api/client';

/**
 * When the API ends the session (deactivated, signed out elsewhere, expired), go to sign-in with a
 * notice and come back to the same page afterwards.
 */
export function useSessionEndedRedirect(): void {
  const router = useRouter();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onSessionEnded(() => {
        const { pathname, href } = router.state.location;
        if (pathname === '/sign-in' || pathname === '/accept-invite') return;
        void router
          .navigate({ to: '/sign-in', search: { notice: 'session-ended', redirect: href }, replace: true })
          .then(() => queryClient.clear());
      }),
    [router, queryClient],
  );
}
