import type { ComboboxOption } from './Combobox';

const MAX_SHOWN = 50;

/** Options whose label or description contains every typed word, at most 50: a long list stays quick to scan. */
export function filterOptions<Option extends ComboboxOption>(options: readonly Option[], query: string): Option[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = words.length
    ? options.filter((option) => {
        const text = `${option.label} ${option.description ?? ''}`.toLowerCase();
        return words.every((word) => text.includes(word));
      })
    : options;
  return matches.slice(0, MAX_SHOWN);
}
