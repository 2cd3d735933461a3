import clsx from 'clsx';
import { CircleAlert, CircleCheck, Info, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { describeProblem } from '../problems/describe-problem';

type NoticeTone = 'info' | 'success' | 'warning' | 'error';

const TONES: Record<NoticeTone, { box: string; icon: LucideIcon }> = {
  info: { box: 'border-sky-200 bg-sky-50 text-sky-900', icon: Info },
  success: { box: 'border-emerald-200 bg-emerald-50 text-emerald-900', icon: CircleCheck },
  warning: { box: 'border-amber-200 bg-amber-50 text-amber-900', icon: TriangleAlert },
  error: { box: 'border-red-200 bg-red-50 text-red-900', icon: CircleAlert },
};

/** An inline message. Errors interrupt screen readers; the other tones wait their turn. */
export function Notice({
  tone = 'info',
  title,
  children,
  className,
}: {
  tone?: NoticeTone;
  title?: string;
  children?: ReactNode;
  className?: string;
}) {
  const { box, icon: Icon } = TONES[tone];
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={clsx('flex gap-2.5 rounded-lg border px-3 py-2.5', box, className)}>
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 space-y-0.5">
        {title && <p className="font-medium">{title}</p>}
        {children && <div className="break-words">{children}</div>}
      </div>
    </div>
  );
}

/** A failed request, described for people, with the reference to quote to support. */
export function ProblemNotice({ error, title, className }: { error: unknown; title?: string; className?: string }) {
  const { message, requestId } = describeProblem(error);
  return (
    <Notice tone="error" title={title} className={className}>
      <p>{message}</p>
      {requestId && <RequestReference requestId={requestId} />}
    </Notice>
  );
}

export function RequestReference({ requestId }: { requestId: string }) {
  return (
    <p className="mt-1 text-xs opacity-80">
      Reference: <code className="font-mono select-all">{requestId}</code>
    </p>
  );
}
