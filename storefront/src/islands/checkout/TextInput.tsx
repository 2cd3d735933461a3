import type { HTMLAttributes } from 'react';
import { Glyph } from '../../components/Glyph';

interface Props {
  id: string;
  label: string;
  value: string;
  error?: string;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  required?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  onChange(value: string): void;
}

/** A labelled input with its error beneath, styled like FormField.astro. */
export function TextInput({ id, label, value, error, type = 'text', autoComplete, required, inputMode, onChange }: Props) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium text-stone-900">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        required={required}
        inputMode={inputMode}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(event) => onChange(event.currentTarget.value)}
        className={`block w-full rounded-lg border bg-white px-3.5 py-2.5 text-base text-stone-900 shadow-xs focus:border-brand-ink focus:ring-1 focus:ring-brand-ink focus:outline-none sm:text-sm ${
          error ? 'border-red-500' : 'border-stone-300 hover:border-stone-400'
        }`}
      />
      {error && (
        <p id={`${id}-error`} className="flex items-start gap-1.5 text-sm text-red-700">
          <Glyph name="alert" className="mt-0.5 size-4 shrink-0" />
          {error}
        </p>
      )}
    </div>
  );
}
