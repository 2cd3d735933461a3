import clsx from 'clsx';
import { Search } from 'lucide-react';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ControlProps } from './Field';
import { controlClasses } from './Input';
import { Spinner } from './Spinner';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second, quieter line: a code, a SKU, a path. */
  description?: string;
  /** Drawn before the label, such as a thumbnail. */
  leading?: ReactNode;
}

interface ComboboxProps extends Partial<ControlProps> {
  /** What is typed; the caller filters `options` by it (locally or through the API). */
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly ComboboxOption[];
  onSelect: (option: ComboboxOption) => void;
  placeholder?: string;
  loading?: boolean;
  /** Shown when nothing matches what is typed. */
  emptyText?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

/** A search box with a list of matches: arrows move, Enter picks, Escape closes (the ARIA combobox pattern). */
export function Combobox({
  query,
  onQueryChange,
  options,
  onSelect,
  placeholder = 'Search…',
  loading = false,
  emptyText = 'Nothing matches.',
  disabled,
  ...control
}: ComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const activeOption = open ? options[activeIndex] : undefined;

  const pick = (option: ComboboxOption) => {
    onSelect(option);
    setActive(0);
    setOpen(false); // what follows the box must be visible again; typing or a click reopens the list
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % Math.max(options.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeOption) pick(activeOption);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation(); // close the list, not the dialog around it
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-stone-400" />
      <input
        {...control}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${activeIndex}` : undefined}
        autoComplete="off"
        value={query}
        disabled={disabled}
        placeholder={placeholder}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={keyDown}
        className={clsx(controlClasses, 'block h-9 w-full pr-8 pl-8')}
      />
      {loading && <Spinner className="absolute top-2.5 right-2.5 text-stone-400" />}
      {open && (
        <ul
          id={listId}
          role="listbox"
          className="absolute inset-x-0 top-full z-50 mt-1 max-h-64 overflow-y-auto rounded-lg border border-stone-200 bg-white p-1 shadow-lg"
        >
          {options.length === 0 && <li className="px-2 py-2 text-stone-500">{loading ? 'Searching…' : emptyText}</li>}
          {options.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
              onMouseMove={() => setActive(index)}
              className="flex cursor-default items-center gap-2.5 rounded-md px-2 py-1.5 aria-selected:bg-stone-100"
            >
              {option.leading}
              <span className="min-w-0">
                <span className="block truncate text-stone-900">{option.label}</span>
                {option.description && <span className="block truncate text-xs text-stone-500">{option.description}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
