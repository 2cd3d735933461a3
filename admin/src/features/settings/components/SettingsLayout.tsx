import { Outlet } from '@tanstack/react-router';
import { Notice } from '../../../shared/ui/Notice';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { useCan } from '../../auth/use-me';
import { SettingsNav } from './SettingsNav';

/** The frame of every settings page: heading, tabs, and why nothing can be changed when that is so. */
export function SettingsLayout() {
  const canManage = useCan('settings:manage');
  return (
    <>
      <PageHeader title="Settings" description="How shoppers pay, what tax they pay, and the limits of their carts." />
      <SettingsNav />
      {!canManage && (
        <Notice className="mb-5 max-w-3xl">You can look at these settings; only the store owner (settings:manage) can change them.</Notice>
      )}
      <Outlet />
    </>
  );
}
