import { Search, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Input } from './Input';

const PAUSE_MS = 300;

interface SearchInputProps {
  /** The search in effect (from the address); typing changes it once typing pauses. */
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder?: string;
}

/** A search box that applies what is typed after a short pause, so the list follows without an Enter. */
export function SearchInput({ value, onChange, label, placeholder }: SearchInputProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // The address changed on its own (Back, a link), not because of what was typed here: show its search.
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) setDraft(value);
  }

  const apply = (text: string, delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setSent(text.trim());
      onChange(text.trim());
    }, delay);
  };

  return (
    <div role="search" className="relative w-full sm:w-72">
      <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-stone-400" />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          apply(event.target.value, PAUSE_MS);
        }}
        onKeyDown={(event) => event.key === 'Enter' && apply(draft, 0)}
        className="pr-8 pl-8 [&::-webkit-search-cancel-button]:hidden"
      />
      {draft && (
        <button
          type="button"
          onClick={() => {
            setDraft('');
            apply('', 0);
          }}
          className="absolute top-2 right-2 rounded p-0.5 text-stone-400 hover:bg-stone-100 hover:text-stone-700"
          aria-label="Clear the search"
        >
          <X aria-hidden className="size-4" />
        </button>
      )}
    </div>
  );
}
