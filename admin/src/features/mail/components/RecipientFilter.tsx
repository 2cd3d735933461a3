import { Search, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../shared/ui/Button';
import { Input } from '../../../shared/ui/Input';

/**
 * The API matches the whole address, so the filter applies on Enter rather than on every keystroke.
 * Give it `key={value}` so that a change from outside (the back button) resets what is typed.
 */
export function RecipientFilter({ value, onChange }: { value: string | undefined; onChange: (to: string | undefined) => void }) {
  const [draft, setDraft] = useState(value ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft.trim().toLowerCase() || undefined);
  };

  return (
    <form role="search" onSubmit={submit} className="flex w-full gap-2 sm:w-auto">
      <div className="relative min-w-0 flex-1 sm:w-72">
        <Search aria-hidden className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-stone-400" />
        <Input
          type="email"
          aria-label="Recipient address"
          placeholder="Recipient, e.g. ada@example.com"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          className="pl-8"
        />
      </div>
      <Button type="submit">Filter</Button>
      {value && (
        <Button variant="ghost" size="icon" onClick={() => onChange(undefined)} aria-label="Clear the recipient filter">
          <X aria-hidden />
        </Button>
      )}
    </form>
  );
}
