import clsx from 'clsx';
import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { dismissToast, useToasts } from './toast';

/** Where toasts appear. The region is always present, so screen readers announce each new one. */
export function Toaster() {
  const toasts = useToasts();
  return (
    <div
      aria-live="polite"
      aria-relevant="additions"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-[60] flex flex-col items-center gap-2 p-4 sm:items-end"
    >
      {toasts.map((t) => {
        const Icon = t.tone === 'success' ? CircleCheck : CircleAlert;
        return (
          <div
            key={t.id}
            className="pointer-events-auto flex w-full max-w-sm animate-fade-in items-start gap-2.5 rounded-lg bg-stone-900 px-3.5 py-3 text-white shadow-lg"
          >
            <Icon aria-hidden className={clsx('mt-0.5 size-4 shrink-0', t.tone === 'success' ? 'text-emerald-400' : 'text-red-400')} />
            <p className="min-w-0 flex-1">{t.message}</p>
            <button
              type="button"
              onClick={() => dismissToast(t.id)}
              className="-m-1 rounded p-1 text-stone-400 hover:text-white"
              aria-label="Dismiss"
            >
              <X aria-hidden className="size-4" />
            </button>
          </div>
        );
      })}
    </div>
  );
}
