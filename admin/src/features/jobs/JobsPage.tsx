import { useNavigate, useSearch } from '@tanstack/react-router';
import { Badge } from '../../shared/ui/Badge';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ProblemNotice } from '../../shared/ui/Notice';
import { LoadingState } from '../../shared/ui/Spinner';
import { useCan } from '../auth/use-me';
import { JobFilters } from './components/JobFilters';
import { JobsTable } from './components/JobsTable';
import { QueueCards } from './components/QueueCards';
import { JOBS_REFRESH_MS, useQueues, type JobFilter } from './use-jobs';

export function JobsPage() {
  const filter = useSearch({ from: '/_app/jobs' });
  const navigate = useNavigate({ from: '/jobs' });
  const canManage = useCan('jobs:manage');
  const queues = useQueues();
  // Filters live in the address, so a filtered view can be shared or reloaded.
  const setFilter = (next: JobFilter) => void navigate({ search: next, replace: true });

  return (
    <>
      <PageHeader
        title="Jobs"
        description="Background work from the outbox: emails, webhooks and the like. Failed jobs can be retried."
        actions={
          <>
            {queues.data && <Badge tone="neutral">{queues.data.backend === 'bull' ? 'Bull (Redis)' : 'In-process'} queue</Badge>}
            <span className="flex items-center gap-1.5 text-xs text-stone-500">
              <span aria-hidden className="size-1.5 animate-pulse rounded-full bg-emerald-500" />
              Refreshes every {JOBS_REFRESH_MS / 1000} s
            </span>
          </>
        }
      />
      <section aria-label="Queues" className="mb-6">
        {/* Counts already shown stay when one refresh fails; the next one may well succeed. */}
        {queues.data ? (
          <QueueCards queues={queues.data.queues} selected={filter.queue} onSelect={(queue) => setFilter({ ...filter, queue })} />
        ) : queues.error ? (
          <ProblemNotice error={queues.error} title="The queues could not be loaded" />
        ) : (
          <LoadingState label="Loading queues…" />
        )}
      </section>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold text-stone-900">Jobs</h2>
        <JobFilters filter={filter} onChange={setFilter} />
      </div>
      <JobsTable filter={filter} canManage={canManage} />
    </>
  );
}
