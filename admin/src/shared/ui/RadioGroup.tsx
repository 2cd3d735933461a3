import clsx from 'clsx';
import { useId } from 'react';

export interface RadioOption<Value extends string> {
  value: Value;
  label: string;
  description?: string;
}

interface RadioGroupProps<Value extends string> {
  legend: string;
  value: Value;
  onChange: (value: Value) => void;
  options: readonly RadioOption<Value>[];
  disabled?: boolean;
}

/** A few exclusive choices side by side, each a card with a native radio inside. */
export function RadioGroup<Value extends string>({ legend, value, onChange, options, disabled }: RadioGroupProps<Value>) {
  const name = useId();
  return (
    <fieldset disabled={disabled}>
      <legend className="mb-1.5 font-medium text-stone-800">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={clsx(
              'flex gap-2.5 rounded-lg border px-3 py-2.5 transition-colors',
              disabled ? 'cursor-not-allowed opacity-70' : 'cursor-pointer',
              option.value === value ? 'border-brand-600 bg-brand-50/60 ring-1 ring-brand-600' : 'border-stone-300',
              !disabled && option.value !== value && 'hover:bg-stone-50',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="mt-0.5 size-4 accent-brand-700"
            />
            <span>
              <span className="block font-medium text-stone-900">{option.label}</span>
              {option.description && <span className="block text-xs text-stone-500">{option.description}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
