import * as RadixDialog from '@radix-ui/react-dialog';
import clsx from 'clsx';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';

interface SheetProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  side?: 'left' | 'right';
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A panel that slides in from the edge: the navigation drawer on phones, detail views beside a list. */
export function Sheet({ open, onOpenChange, side = 'right', title, description, className, children }: SheetProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 animate-fade-in bg-stone-950/40" />
        <RadixDialog.Content
          className={clsx(
            'fixed inset-y-0 z-50 flex w-full flex-col bg-white shadow-xl focus:outline-none',
            side === 'left' ? 'left-0 max-w-80 animate-slide-in-left' : 'right-0 max-w-2xl animate-slide-in-right',
            className,
          )}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="flex items-start justify-between gap-4 border-b border-stone-200 px-5 py-4">
            <div className="min-w-0">
              <RadixDialog.Title className="text-base font-semibold break-words text-stone-900">{title}</RadixDialog.Title>
              {description && <RadixDialog.Description className="mt-1 text-stone-600">{description}</RadixDialog.Description>}
            </div>
            <RadixDialog.Close className="-m-1 rounded-md p-1 text-stone-500 hover:bg-stone-100 hover:text-stone-800" aria-label="Close">
              <X aria-hidden className="size-4" />
            </RadixDialog.Close>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
