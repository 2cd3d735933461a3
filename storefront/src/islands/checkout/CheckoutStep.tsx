import type { ReactNode } from 'react';
import { Glyph } from '../../components/Glyph';

export type StepState = 'done' | 'active' | 'upcoming';

interface Props {
  number: number;
  title: string;
  state: StepState;
  /** What was chosen, shown once the step is done. */
  summary?: ReactNode;
  onEdit?: () => void;
  children?: ReactNode;
}

/** One numbered step of the one-page checkout: its form while active, a summary with "Change" once done. */
export function CheckoutStep({ number, title, state, summary, onEdit, children }: Props) {
  const headingId = `step-${number}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      data-step={number}
      data-state={state}
      className={`rounded-2xl border bg-white p-5 sm:p-6 ${state === 'active' ? 'border-stone-300 shadow-sm' : 'border-stone-200'}`}
    >
      <div className="flex items-center gap-3">
        <span
          className={`flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${
            state === 'done'
              ? 'bg-emerald-600 text-white'
              : state === 'active'
                ? 'bg-brand text-brand-contrast'
                : 'bg-stone-100 text-stone-500'
          }`}
          aria-hidden="true"
        >
          {state === 'done' ? <Glyph name="check" className="size-4" /> : number}
        </span>
        <h2 id={headingId} className={`flex-1 text-base font-semibold ${state === 'upcoming' ? 'text-stone-400' : 'text-stone-950'}`}>
          <span className="sr-only">Step {number}: </span>
          {title}
        </h2>
        {state === 'done' && onEdit && (
          <button
            type="button"
            onClick={onEdit}
            className="rounded-md px-2 py-1 text-sm font-medium text-brand-ink underline underline-offset-2"
          >
            Change<span className="sr-only"> {title.toLowerCase()}</span>
          </button>
        )}
      </div>
      {state === 'done' && summary && <div className="mt-3 pl-10 text-sm text-stone-600">{summary}</div>}
      {state === 'active' && <div className="mt-5">{children}</div>}
    </section>
  );
}
