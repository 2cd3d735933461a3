import clsx from 'clsx';
import type { ComponentProps } from 'react';

/** A white surface. `className` adds layout and padding; the border and shadow stay the same everywhere. */
export function Card({ className, ...props }: ComponentProps<'div'>) {
  return <div className={clsx('rounded-lg border border-stone-200 bg-white shadow-xs', className)} {...props} />;
}
