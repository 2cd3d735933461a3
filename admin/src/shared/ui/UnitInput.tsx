import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { controlClasses } from './Input';

interface UnitInputProps extends ComponentProps<'input'> {
  /** What the number counts ("minutes", "days"), shown inside the box on the right. */
  unit: string;
}

/** A number typed with its unit in sight, so "15" cannot be read as seconds or hours. */
export function UnitInput({ unit, className, ...props }: UnitInputProps) {
  return (
    <div className={clsx('relative', className ?? 'w-full')}>
      <input
        inputMode="numeric"
        autoComplete="off"
        {...props}
        className={clsx(controlClasses, 'block h-9 w-full pl-3 tabular-nums')}
        style={{ paddingRight: `${unit.length * 0.5 + 1.5}rem` }}
      />
      <span aria-hidden className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-xs font-medium text-stone-500">
        {unit}
      </span>
    </div>
  );
}
