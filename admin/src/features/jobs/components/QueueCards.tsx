import type { QueueName, QueueSummaryView } from '@tillpoint/sdk';
import clsx from 'clsx';
import { JOB_STATUSES, JOB_STATUS_LABELS } from '../job-status';

interface QueueCardsProps {
  queues: QueueSummaryView[];
  selected?: QueueName;
  onSelect: (queue: QueueName | undefined) => void;
}

/** One card per queue with its jobs by state; choosing one filters the table below. */
export function QueueCards({ queues, selected, onSelect }: QueueCardsProps) {
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {queues.map((queue) => {
        const isSelected = queue.name === selected;
        return (
          <li key={queue.name}>
            <button
              type="button"
              onClick={() => onSelect(isSelected ? undefined : queue.name)}
              aria-pressed={isSelected}
              className={clsx(
                'flex h-full w-full flex-col rounded-lg border bg-white p-3 text-left shadow-xs transition',
                isSelected ? 'border-brand-600 ring-1 ring-brand-600' : 'border-stone-200 hover:border-stone-300 hover:bg-stone-50/60',
              )}
            >
              <span className="font-semibold text-stone-900 capitalize">{queue.name}</span>
              <QueueCounts counts={queue.counts} />
              {queue.live && (
                <span className="mt-1 text-xs text-stone-500">
                  Redis:{' '}
                  {Object.entries(queue.live)
                    .map(([state, count]) => `${state} ${count}`)
                    .join(' · ')}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function QueueCounts({ counts }: { counts: Record<string, number> }) {
  const shown = JOB_STATUSES.filter((status) => (counts[status] ?? 0) > 0);
  if (shown.length === 0) return <span className="mt-1 text-xs text-stone-400">No jobs this week</span>;
  return (
    <span className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs">
      {shown.map((status) => (
        <span key={status} className={status === 'failed' ? 'font-medium text-red-700' : 'text-stone-600'}>
          <span className="tabular-nums">{counts[status]}</span> {JOB_STATUS_LABELS[status].toLowerCase()}
        </span>
      ))}
    </span>
  );
}
