import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import clsx from 'clsx';
import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

export const Menu = RadixMenu.Root;
export const MenuTrigger = RadixMenu.Trigger;

export function MenuContent({ children, align = 'end' }: { children: ReactNode; align?: 'start' | 'end' }) {
  return (
    <RadixMenu.Portal>
      <RadixMenu.Content
        align={align}
        sideOffset={4}
        className="z-50 min-w-48 animate-fade-in rounded-lg border border-stone-200 bg-white p-1 shadow-lg"
      >
        {children}
      </RadixMenu.Content>
    </RadixMenu.Portal>
  );
}

interface MenuItemProps {
  icon?: LucideIcon;
  tone?: 'default' | 'danger';
  onSelect: () => void;
  children: ReactNode;
}

export function MenuItem({ icon: Icon, tone = 'default', onSelect, children }: MenuItemProps) {
  return (
    <RadixMenu.Item
      onSelect={onSelect}
      className={clsx(
        'flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 outline-none select-none',
        tone === 'danger' ? 'text-red-700 data-[highlighted]:bg-red-50' : 'text-stone-800 data-[highlighted]:bg-stone-100',
      )}
    >
      {Icon && <Icon aria-hidden className="size-4 opacity-80" />}
      {children}
    </RadixMenu.Item>
  );
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <RadixMenu.Label className="px-2 py-1.5">{children}</RadixMenu.Label>;
}

export function MenuSeparator() {
  return <RadixMenu.Separator className="-mx-1 my-1 h-px bg-stone-200" />;
}
