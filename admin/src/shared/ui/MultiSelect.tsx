import { useState } from 'react';
import { Chip } from './Chip';
import { Combobox, type ComboboxOption } from './Combobox';
import type { ControlProps } from './Field';
import { filterOptions } from './option-filter';

interface MultiSelectProps extends Partial<ControlProps> {
  options: readonly ComboboxOption[];
  value: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  emptyText?: string;
  /** "NL" rather than "Netherlands" in the chips, for long lists of short codes. */
  chipLabel?: (option: ComboboxOption) => string;
  disabled?: boolean;
  'aria-label'?: string;
}

/** Several choices from a known list: the chosen ones as chips, the rest found by typing. */
export function MultiSelect({ options, value, onChange, placeholder, emptyText, chipLabel, disabled, ...control }: MultiSelectProps) {
  const [query, setQuery] = useState('');
  const chosen = new Set(value);
  const byValue = new Map(options.map((option) => [option.value, option]));
  const remaining = options.filter((option) => !chosen.has(option.value));

  return (
    <div className="space-y-2">
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label="Chosen">
          {value.map((item) => {
            const option = byValue.get(item);
            return (
              <li key={item}>
                <Chip
                  tone="brand"
                  title={option?.label}
                  onRemove={disabled ? undefined : () => onChange(value.filter((other) => other !== item))}
                  removeLabel={`Remove ${option?.label ?? item}`}
                >
                  {option ? (chipLabel?.(option) ?? option.label) : item}
                </Chip>
              </li>
            );
          })}
        </ul>
      )}
      <Combobox
        {...control}
        query={query}
        onQueryChange={setQuery}
        options={filterOptions(remaining, query)}
        onSelect={(option) => {
          onChange([...value, option.value]);
          setQuery('');
        }}
        placeholder={placeholder}
        emptyText={emptyText}
        disabled={disabled}
      />
    </div>
  );
}
