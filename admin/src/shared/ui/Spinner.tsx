import clsx from 'clsx';
import { LoaderCircle } from 'lucide-react';

export function Spinner({ className }: { className?: string }) {
  return <LoaderCircle aria-hidden className={clsx('size-4 shrink-0 animate-spin', className)} />;
}

/** A whole region that is waiting for data, announced to screen readers. */
export function LoadingState({ label = 'Loading…', className }: { label?: string; className?: string }) {
  return (
    <div role="status" className={clsx('flex items-center justify-center gap-2 py-12 text-stone-500', className)}>
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
