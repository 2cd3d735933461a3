import { useState } from 'react';
import { Combobox, type ComboboxOption } from './Combobox';
import type { ControlProps } from './Field';
import { filterOptions } from './option-filter';

interface SearchSelectProps extends Partial<ControlProps> {
  options: readonly ComboboxOption[];
  value: string | null;
  onChange: (value: string) => void;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

/** One choice from a list too long for a plain select (countries, time zones): type to narrow it down. */
export function SearchSelect({ options, value, onChange, placeholder, disabled, ...control }: SearchSelectProps) {
  const selectedLabel = options.find((option) => option.value === value)?.label ?? '';
  // null while not typing: the box then shows the current choice.
  const [query, setQuery] = useState<string | null>(null);

  return (
    <div onBlur={() => setQuery(null)}>
      <Combobox
        {...control}
        query={query ?? selectedLabel}
        onQueryChange={setQuery}
        options={filterOptions(options, query ?? '')}
        onSelect={(option) => {
          onChange(option.value);
          setQuery(null);
        }}
        placeholder={placeholder}
        disabled={disabled}
      />
    </div>
  );
}
