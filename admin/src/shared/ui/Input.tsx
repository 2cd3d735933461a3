import clsx from 'clsx';
import type { ComponentProps } from 'react';

/** The look every form control shares; each control adds its own display and width. */
export const controlClasses = clsx(
  'rounded-lg border border-stone-300 bg-white text-stone-900 shadow-xs transition-colors',
  'placeholder:text-stone-400 hover:border-stone-400 focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600/25',
  'disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-stone-500',
  'aria-[invalid=true]:border-red-500 aria-[invalid=true]:focus-visible:outline-red-500/25',
);

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={clsx(controlClasses, 'block h-9 w-full px-3', className)} {...props} />;
}
