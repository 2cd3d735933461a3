import clsx from 'clsx';
import { useState, type KeyboardEvent } from 'react';
import { Chip } from './Chip';
import type { ControlProps } from './Field';
import { controlClasses } from './Input';

interface ChipsInputProps extends Partial<ControlProps> {
  value: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  /** Applied to each new entry ("Winter " → "winter"); an empty result is dropped. */
  normalise?: (text: string) => string;
  disabled?: boolean;
  'aria-label'?: string;
}

/**
 * A list of short values typed one by one: tags, option values, postcode patterns. Enter or a comma
 * adds what is typed, Backspace in the empty box removes the last one, and pasting "a, b" adds both.
 */
export function ChipsInput({ value, onChange, placeholder, normalise = (text) => text.trim(), disabled, ...control }: ChipsInputProps) {
  const [draft, setDraft] = useState('');

  const add = (text: string) => {
    const entries = text.split(',').map(normalise).filter(Boolean);
    const next = [...value];
    entries.forEach((entry) => next.includes(entry) || next.push(entry));
    if (next.length !== value.length) onChange(next);
    setDraft('');
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',') && draft.trim()) {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Enter') {
      event.preventDefault(); // an empty Enter must not submit the surrounding form by surprise
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div
      className={clsx(
        controlClasses,
        'flex min-h-9 flex-wrap items-center gap-1.5 px-2 py-1.5 focus-within:border-brand-600 focus-within:outline-2 focus-within:outline-brand-600/25',
        disabled && 'bg-stone-100',
      )}
      aria-invalid={control['aria-invalid']}
    >
      {value.map((entry) => (
        <Chip
          key={entry}
          onRemove={disabled ? undefined : () => onChange(value.filter((other) => other !== entry))}
          removeLabel={`Remove ${entry}`}
        >
          {entry}
        </Chip>
      ))}
      <input
        {...control}
        type="text"
        value={draft}
        disabled={disabled}
        placeholder={value.length === 0 ? placeholder : undefined}
        onChange={(event) => (event.target.value.includes(',') ? add(event.target.value) : setDraft(event.target.value))}
        onKeyDown={keyDown}
        onBlur={() => draft.trim() && add(draft)}
        className="h-6 min-w-24 flex-1 border-0 bg-transparent p-0 px-1 text-sm outline-none placeholder:text-stone-400 focus:outline-none"
      />
    </div>
  );
}
