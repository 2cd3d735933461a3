import { ChevronDown, KeyRound, LogOut } from 'lucide-react';
import { useState } from 'react';
import { ChangePasswordDialog } from '../features/auth/components/ChangePasswordDialog';
import { useMe } from '../features/auth/use-me';
import { useSignOut } from '../features/auth/use-sign-out';
import { RoleBadge } from '../features/staff/components/StaffBadges';
import { Menu, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '../shared/ui/Menu';

export function UserMenu() {
  const me = useMe();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  const initials = me.name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase())
    .join('');

  return (
    <>
      <div className="flex items-center gap-3">
        <div className="hidden text-right leading-tight sm:block">
          <p className="font-medium text-stone-900">{me.name}</p>
        </div>
        <span className="hidden sm:inline-flex">
          <RoleBadge role={me.role} />
        </span>
        <Menu>
          <MenuTrigger
            className="flex items-center gap-1 rounded-full p-0.5 pr-1.5 hover:bg-stone-100 data-[state=open]:bg-stone-100"
            aria-label={`Account menu for ${me.name}`}
          >
            <span
              aria-hidden
              className="flex size-8 items-center justify-center rounded-full bg-brand-700 text-xs font-semibold text-white"
            >
              {initials}
            </span>
            <ChevronDown aria-hidden className="size-4 text-stone-500" />
          </MenuTrigger>
          <MenuContent>
            <MenuLabel>
              <span className="block font-medium text-stone-900">{me.name}</span>
              <span className="block truncate text-xs font-normal text-stone-500">{me.email}</span>
              <span className="mt-1.5 block sm:hidden">
                <RoleBadge role={me.role} />
              </span>
            </MenuLabel>
            <MenuSeparator />
            <MenuItem icon={KeyRound} onSelect={() => setChangingPassword(true)}>
              Change password
            </MenuItem>
            <MenuItem icon={LogOut} onSelect={() => signOut.mutate()}>
              Sign out
            </MenuItem>
          </MenuContent>
        </Menu>
      </div>
      <ChangePasswordDialog open={changingPassword} onOpenChange={setChangingPassword} />
    </>
  );
}
