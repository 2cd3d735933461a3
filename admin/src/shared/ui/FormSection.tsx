import type { ReactNode } from 'react';
import { Card } from './Card';

interface FormSectionProps {
  title: string;
  description?: ReactNode;
  /** Buttons on the right of the heading, such as "Add variant". */
  actions?: ReactNode;
  children: ReactNode;
  /** Content that brings its own padding, such as a table. */
  flush?: boolean;
}

/** One titled part of a long form or detail page. */
export function FormSection({ title, description, actions, children, flush = false }: FormSectionProps) {
  const headingId = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Card>
      <section aria-labelledby={headingId}>
        <header className="flex flex-col gap-2 border-b border-stone-100 px-4 py-3.5 sm:flex-row sm:items-start sm:justify-between sm:gap-4 sm:px-5">
          <div className="min-w-0 sm:flex-1">
            <h2 id={headingId} className="font-semibold text-stone-900">
              {title}
            </h2>
            {description && <p className="mt-0.5 text-xs text-stone-500">{description}</p>}
          </div>
          {actions && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
        </header>
        <div className={flush ? undefined : 'space-y-4 p-4 sm:p-5'}>{children}</div>
      </section>
    </Card>
  );
}
