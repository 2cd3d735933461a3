import { capitalise } from '../../../shared/format/text';
import { Select } from '../../../shared/ui/Select';
import { isJobStatus, isQueueName, JOB_STATUSES, JOB_STATUS_LABELS, QUEUE_NAMES } from '../job-status';
import type { JobFilter } from '../use-jobs';

// Radix Select has no empty item, so "all" stands for no filter.
const ALL = 'all';

const STATUS_OPTIONS = [
  { value: ALL, label: 'All statuses' },
  ...JOB_STATUSES.map((status) => ({ value: status, label: JOB_STATUS_LABELS[status] })),
];
const QUEUE_OPTIONS = [{ value: ALL, label: 'All queues' }, ...QUEUE_NAMES.map((queue) => ({ value: queue, label: capitalise(queue) }))];

export function JobFilters({ filter, onChange }: { filter: JobFilter; onChange: (filter: JobFilter) => void }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Select
        aria-label="Status"
        className="w-40"
        value={filter.status ?? ALL}
        options={STATUS_OPTIONS}
        onValueChange={(value) => onChange({ ...filter, status: isJobStatus(value) ? value : undefined })}
      />
      <Select
        aria-label="Queue"
        className="w-40"
        value={filter.queue ?? ALL}
        options={QUEUE_OPTIONS}
        onValueChange={(value) => onChange({ ...filter, queue: isQueueName(value) ? value : undefined })}
      />
    </div>
  );
}
