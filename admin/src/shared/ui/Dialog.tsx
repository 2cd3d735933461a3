import * as RadixDialog from '@radix-ui/react-dialog';
import clsx from 'clsx';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from './Button';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  size?: 'md' | 'lg';
  /** False when a stray click must not lose something shown once, such as a new secret. */
  dismissOnOutsideClick?: boolean;
  children: ReactNode;
}

/** A centred modal: focus is trapped inside, Escape and the close button dismiss it. */
export function Dialog({ open, onOpenChange, title, description, size = 'md', dismissOnOutsideClick = true, children }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 animate-fade-in bg-stone-950/40" />
        <RadixDialog.Content
          className={clsx(
            'fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 flex-col',
            'animate-fade-in rounded-xl bg-white shadow-xl ring-1 ring-stone-900/5 focus:outline-none',
            size === 'lg' ? 'max-w-2xl' : 'max-w-lg',
          )}
          onInteractOutside={dismissOnOutsideClick ? undefined : (event) => event.preventDefault()}
          // Radix warns about a missing description unless told there is none on purpose.
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="flex items-start justify-between gap-4 border-b border-stone-200 px-5 py-4">
            <div className="min-w-0">
              <RadixDialog.Title className="text-base font-semibold text-stone-900">{title}</RadixDialog.Title>
              {description && <RadixDialog.Description className="mt-1 text-stone-600">{description}</RadixDialog.Description>}
            </div>
            <RadixDialog.Close className="-m-1 rounded-md p-1 text-stone-500 hover:bg-stone-100 hover:text-stone-800" aria-label="Close">
              <X aria-hidden className="size-4" />
            </RadixDialog.Close>
          </div>
          <div className="overflow-y-auto px-5 py-4">{children}</div>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The button row at the bottom of a dialog; primary action last, as people expect on the right. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return (
    <div className="-mx-5 mt-5 -mb-4 flex flex-col-reverse gap-2 border-t border-stone-200 px-5 py-3 sm:flex-row sm:justify-end">
      {children}
    </div>
  );
}

/** A dialog form's footer: Cancel, then the submit button, which shows progress while the form submits. */
export function FormDialogFooter({ onCancel, submitting, children }: { onCancel: () => void; submitting: boolean; children: ReactNode }) {
  return (
    <DialogFooter>
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="primary" loading={submitting}>
        {children}
      </Button>
    </DialogFooter>
  );
}

export const DialogClose = RadixDialog.Close;
