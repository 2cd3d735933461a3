import { Outlet } from '@tanstack/react-router';
import { Toaster } from '../shared/ui/Toaster';
import { TooltipProvider } from '../shared/ui/Tooltip';
import { useSessionEndedRedirect } from './use-session-ended-redirect';

export function RootLayout() {
  useSessionEndedRedirect();
  return (
    <TooltipProvider delayDuration={300}>
      <Outlet />
      <Toaster />
    </TooltipProvider>
  );
}
