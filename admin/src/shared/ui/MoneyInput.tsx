import clsx from 'clsx';
import { useState } from 'react';
import { formatMajorUnits, parseMajorUnits } from '../format/major-units';
import type { ControlProps } from './Field';
import { controlClasses } from './Input';

interface MoneyInputProps extends Partial<ControlProps> {
  /** Minor units (4990 for €49.90); null when empty; NaN while what is typed is not an amount. */
  value: number | null;
  onChange: (amountMinor: number | null) => void;
  currency: string;
  placeholder?: string;
  disabled?: boolean;
  /** Width classes; full width by default. */
  className?: string;
  'aria-label'?: string;
}

const draftOf = (value: number | null, currency: string) =>
  value === null || Number.isNaN(value) ? '' : formatMajorUnits(value, currency);

/**
 * People type major units ("49.90"); the form holds minor units (4990), converted exactly. What is
 * typed stays as typed while it is being edited, and is tidied ("49.9" → "49.90") on leaving the box.
 */
export function MoneyInput({ value, onChange, currency, className, placeholder = '0.00', ...props }: MoneyInputProps) {
  const [draft, setDraft] = useState(() => draftOf(value, currency));
  const [reported, setReported] = useState<number | null>(value);

  // The form set a new amount itself (a reset, a loaded record): show it instead of the old text.
  if (!Object.is(value, reported)) {
    setReported(value);
    setDraft(draftOf(value, currency));
  }

  const change = (text: string) => {
    const amount = text.trim() === '' ? null : (parseMajorUnits(text, currency) ?? Number.NaN);
    setDraft(text);
    setReported(amount);
    onChange(amount);
  };

  return (
    <div className={clsx('relative', className ?? 'w-full')}>
      <input
        {...props}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder={placeholder}
        value={draft}
        onChange={(event) => change(event.target.value)}
        onBlur={() => value !== null && !Number.isNaN(value) && setDraft(formatMajorUnits(value, currency))}
        className={clsx(controlClasses, 'block h-9 w-full pr-12 pl-3 tabular-nums')}
      />
      <span aria-hidden className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-xs font-medium text-stone-500">
        {currency}
      </span>
    </div>
  );
}
