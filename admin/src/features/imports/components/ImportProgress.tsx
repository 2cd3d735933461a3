import type { CatalogImportView } from '@tillpoint/sdk';
import { FileSpreadsheet } from 'lucide-react';
import { formatDateTime } from '../../../shared/format/dates';
import { Badge } from '../../../shared/ui/Badge';
import { Card } from '../../../shared/ui/Card';
import { Notice } from '../../../shared/ui/Notice';
import { ProgressBar } from '../../../shared/ui/ProgressBar';
import { IMPORT_STATUS } from '../import-labels';
import { isFinished } from '../use-imports';
import { ImportReport } from './ImportReport';

/** Where an import stands: a progress bar while it runs, then its report. */
export function ImportProgress({ job }: { job: CatalogImportView }) {
  const finished = isFinished(job.status);
  const percent = job.totalRows > 0 ? Math.round((job.processedRows / job.totalRows) * 100) : 0;
  return (
    <Card className="space-y-4 p-4 sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-center gap-3">
          <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
            <FileSpreadsheet aria-hidden className="size-5" />
          </span>
          <div className="min-w-0">
            <h2 className="truncate font-semibold text-stone-900">{job.filename}</h2>
            <p className="text-xs text-stone-500">
              Uploaded {formatDateTime(job.createdAt)}
              {job.finishedAt && ` · finished ${formatDateTime(job.finishedAt)}`}
            </p>
          </div>
        </div>
        <Badge tone={IMPORT_STATUS[job.status].tone} dot>
          {IMPORT_STATUS[job.status].label}
        </Badge>
      </div>
      <div className="space-y-1.5">
        <ProgressBar
          label={`Import of ${job.filename}`}
          value={job.processedRows}
          max={job.totalRows}
          tone={job.status === 'failed' ? 'danger' : finished ? 'success' : 'brand'}
        />
        <p className="flex justify-between text-xs text-stone-600 tabular-nums" aria-live="polite">
          <span>
            {job.status === 'queued'
              ? 'Waiting to start…'
              : `${job.processedRows.toLocaleString()} of ${job.totalRows.toLocaleString()} rows`}
          </span>
          <span>{job.totalRows > 0 && `${percent}%`}</span>
        </p>
      </div>
      {job.status === 'failed' && job.errors.length === 0 && (
        <Notice tone="error">The import stopped before its end. Check the file and try again.</Notice>
      )}
      {finished && <ImportReport job={job} />}
    </Card>
  );
}
