import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { controlClasses } from './Input';

export function Textarea({ className, rows = 4, ...props }: ComponentProps<'textarea'>) {
  return <textarea rows={rows} className={clsx(controlClasses, 'block w-full px-3 py-2 leading-relaxed', className)} {...props} />;
}
