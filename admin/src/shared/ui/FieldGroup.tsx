import clsx from 'clsx';
import type { ReactNode } from 'react';

/** A named group of fields inside a longer form ("Shipping", "Inventory"); `className` lays out the fields. */
export function FieldGroup({ legend, className, children }: { legend: string; className?: string; children: ReactNode }) {
  return (
    <fieldset className="border-t border-stone-100 pt-4">
      <legend className="float-left mb-3 w-full text-xs font-semibold tracking-wide text-stone-500 uppercase">{legend}</legend>
      <div className={clsx('clear-both', className ?? 'space-y-3')}>{children}</div>
    </fieldset>
  );
}
