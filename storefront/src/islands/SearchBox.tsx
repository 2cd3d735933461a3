import type { SuggestionsView } from '@tillpoint/sdk';
import { useRef, useState, type ChangeEvent, type FocusEvent, type KeyboardEvent } from 'react';
import { categoryHref, productHref } from '../lib/links';
import { formatMoney } from '../lib/money';
import { isSuggestions, MIN_SUGGEST_LENGTH, suggestionsUrl } from './suggestions';

interface Props {
  /** The words of the search results page being shown, if any. */
  initialQuery: string;
}

const DEBOUNCE_MS = 200;
const LIST_ID = 'search-suggestions';

/**
 * The header's search form. It is a plain GET form to /search; with JavaScript it also suggests
 * products and categories as the shopper types (arrow keys to move through them, Escape to close).
 */
export function SearchBox({ initialQuery }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [suggestions, setSuggestions] = useState<SuggestionsView | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const pending = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const count = suggestions ? suggestions.products.length + suggestions.categories.length : 0;

  function onChange(event: ChangeEvent<HTMLInputElement>): void {
    const value = event.currentTarget.value;
    setQuery(value);
    window.clearTimeout(timer.current);
    pending.current?.abort();
    if (value.trim().length < MIN_SUGGEST_LENGTH) {
      setSuggestions(null);
      return;
    }
    timer.current = window.setTimeout(() => void suggest(value.trim()), DEBOUNCE_MS);
  }

  async function suggest(value: string): Promise<void> {
    const controller = new AbortController();
    pending.current = controller;
    try {
      const response = await fetch(suggestionsUrl(value), { signal: controller.signal, headers: { Accept: 'application/json' } });
      const body: unknown = response.ok ? await response.json() : null;
      if (!controller.signal.aborted) setSuggestions(isSuggestions(body) ? body : null);
    } catch {
      // Suggestions are a convenience: on any failure the form still searches.
    }
  }

  function links(): HTMLAnchorElement[] {
    return [...(list.current?.querySelectorAll('a') ?? [])];
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      setSuggestions(null);
      input.current?.focus();
    } else if (event.key === 'ArrowDown' && all.length > 0) {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.current?.focus();
      else all[at - 1].focus();
    }
  }

  function onBlur(event: FocusEvent<HTMLFormElement>): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !event.currentTarget.contains(next)) setSuggestions(null);
  }

  const linkClass = 'flex items-center gap-3 rounded-lg px-3 py-2 text-sm hover:bg-stone-100 focus:bg-stone-100 focus:outline-none';
  return (
    <form role="search" method="get" action="/search" className="relative w-full" onKeyDown={onKeyDown} onBlurCapture={onBlur}>
      <label htmlFor="site-search" className="sr-only">
        Search products
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        value={query}
        onChange={onChange}
        placeholder="Search products"
        autoComplete="off"
        enterKeyHint="search"
        aria-controls={LIST_ID}
        className="block h-10 w-full rounded-lg border border-stone-200 bg-stone-100/70 pr-10 pl-3.5 text-base text-stone-900 transition-colors placeholder:text-stone-500 hover:border-stone-300 focus:border-brand-ink focus:bg-white focus:ring-1 focus:ring-brand-ink focus:outline-none sm:text-sm [&::-webkit-search-cancel-button]:hidden"
      />
      <button
        type="submit"
        className="absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-lg text-stone-500 hover:text-stone-950"
      >
        <svg
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.75}
          strokeLinecap="round"
          aria-hidden="true"
          className="size-5"
        >
          <circle cx="11" cy="11" r="6.5" />
          <path d="m20 20-4.2-4.2" />
        </svg>
        <span className="sr-only">Search</span>
      </button>
      <p className="sr-only" aria-live="polite">
        {suggestions ? (count > 0 ? `${count} suggestions, use the down arrow to browse them.` : 'No suggestions.') : ''}
      </p>
      <div
        id={LIST_ID}
        ref={list}
        hidden={!suggestions || count === 0}
        className="absolute inset-x-0 top-full z-50 mt-2 max-h-[70dvh] overflow-y-auto rounded-xl border border-stone-200 bg-white p-2 shadow-xl"
      >
        {suggestions && suggestions.categories.length > 0 && (
          <>
            <p className="px-3 pt-1 pb-1.5 text-xs font-semibold tracking-wide text-stone-500 uppercase">Categories</p>
            <ul>
              {suggestions.categories.map((category) => (
                <li key={category.handle}>
                  <a href={categoryHref(category.handle)} className={`${linkClass} text-stone-800`}>
                    {category.name}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        {suggestions && suggestions.products.length > 0 && (
          <>
            <p className="px-3 pt-2 pb-1.5 text-xs font-semibold tracking-wide text-stone-500 uppercase">Products</p>
            <ul>
              {suggestions.products.map((product) => (
                <li key={product.handle}>
                  <a href={productHref(product.handle)} className={`${linkClass} text-stone-800`}>
                    <span className="size-11 shrink-0 overflow-hidden rounded-md bg-stone-100">
                      {product.thumbnailUrl && (
                        <img src={product.thumbnailUrl} alt="" width={44} height={44} className="size-full object-cover" />
                      )}
                    </span>
                    <span className="min-w-0 flex-1 truncate">{product.title}</span>
                    <span className="shrink-0 text-stone-600 tabular-nums">{formatMoney(product.price)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        <a
          href={`/search?${new URLSearchParams({ q: query.trim() })}`}
          className={`${linkClass} mt-1 border-t border-stone-100 font-semibold text-brand-ink`}
        >
          See all results for “{query.trim()}”
        </a>
      </div>
    </form>
  );
}
