import type { JobView } from '@tillpoint/sdk';
import { ListChecks, RotateCcw } from 'lucide-react';
import { describeProblem } from '../../../shared/problems/describe-problem';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { toast } from '../../../shared/ui/toast';
import { JOB_STATUS_LABELS, JOB_STATUS_TONES } from '../job-status';
import { useJobs, useRetryJob, type JobFilter } from '../use-jobs';

const column = tableColumns<JobView>();

const READ_COLUMNS = column.columns([
  column.accessor('topic', {
    header: 'Topic',
    cell: ({ getValue }) => <code className="font-mono text-xs text-stone-800">{getValue()}</code>,
  }),
  column.accessor('queue', { header: 'Queue', cell: ({ getValue }) => <span className="capitalize">{getValue()}</span> }),
  column.accessor('status', {
    header: 'Status',
    cell: ({ getValue }) => (
      <Badge tone={JOB_STATUS_TONES[getValue()]} dot>
        {JOB_STATUS_LABELS[getValue()]}
      </Badge>
    ),
  }),
  column.display({
    id: 'attempts',
    header: 'Attempts',
    cell: ({ row }) => (
      <span className="tabular-nums">
        {row.original.attempts} / {row.original.maxAttempts}
      </span>
    ),
  }),
  column.accessor('createdAt', {
    header: 'Created',
    cell: ({ getValue }) => <RelativeTime at={getValue()} />,
  }),
  column.accessor('lastError', { header: 'Last error', cell: ({ getValue }) => <LastError error={getValue()} /> }),
]);

const MANAGE_COLUMNS = column.columns([
  ...READ_COLUMNS,
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <RetryAction job={row.original} />,
  }),
]);

export function JobsTable({ filter, canManage }: { filter: JobFilter; canManage: boolean }) {
  const jobs = useJobs(filter);
  const filtered = Boolean(filter.status || filter.queue);
  return (
    <DataTable
      label="Jobs"
      columns={canManage ? MANAGE_COLUMNS : READ_COLUMNS}
      data={jobs.items}
      isLoading={jobs.isLoading}
      error={jobs.error}
      pages={jobs}
      empty={
        <EmptyState icon={ListChecks} title={filtered ? 'No jobs match these filters' : 'No jobs yet'}>
          {filtered
            ? 'Try another status or queue. Finished jobs are kept for 7 days.'
            : 'Emails, webhooks and other background work appear here as the store runs.'}
        </EmptyState>
      }
    />
  );
}

function LastError({ error }: { error: string | null }) {
  if (!error) return <span className="text-stone-400">—</span>;
  return (
    <span title={error} className="block max-w-xs truncate font-mono text-xs text-red-700">
      {error}
    </span>
  );
}

function RetryAction({ job }: { job: JobView }) {
  const retry = useRetryJob();
  if (job.status !== 'failed') return null;
  const run = () =>
    retry.mutate(job.id, {
      onSuccess: () => toast.success(`${job.topic} will run again now.`),
      onError: (error) => toast.error(describeProblem(error).message),
    });
  return (
    <div className="flex justify-end">
      <Button size="sm" onClick={run} loading={retry.isPending}>
        {!retry.isPending && <RotateCcw aria-hidden />} Retry
      </Button>
    </div>
  );
}
