import clsx from 'clsx';
import { useState } from 'react';
import { fromDateTimeInputValue, toDateTimeInputValue } from '../format/dates';
import type { ControlProps } from './Field';
import { controlClasses } from './Input';

interface DateTimeInputProps extends Partial<ControlProps> {
  /** An ISO instant, or null for none. */
  value: string | null;
  onChange: (iso: string | null) => void;
  disabled?: boolean;
  className?: string;
}

/**
 * A moment typed in the viewer's local time and handed over as an ISO instant. What is typed stays
 * while it is incomplete, instead of being wiped by the empty value the browser reports meanwhile.
 */
export function DateTimeInput({ value, onChange, className, ...props }: DateTimeInputProps) {
  const [draft, setDraft] = useState(() => toDateTimeInputValue(value));
  const [reported, setReported] = useState(value);

  if (value !== reported) {
    setReported(value);
    setDraft(toDateTimeInputValue(value));
  }

  return (
    <input
      {...props}
      type="datetime-local"
      value={draft}
      onChange={(event) => {
        const iso = fromDateTimeInputValue(event.target.value);
        setDraft(event.target.value);
        setReported(iso);
        onChange(iso);
      }}
      className={clsx(controlClasses, 'block h-9 px-3', className ?? 'w-full')}
    />
  );
}
