import type { CatalogImportView } from '@tillpoint/sdk';
import clsx from 'clsx';
import { Notice } from '../../../shared/ui/Notice';

const SHOWN_ERRORS = 200;

/** What the import did: counts, then every row it left out and why. */
export function ImportReport({ job }: { job: CatalogImportView }) {
  const counts = [
    { label: 'Products created', value: job.createdProducts, tone: 'text-emerald-700' },
    { label: 'Products updated', value: job.updatedProducts, tone: 'text-sky-700' },
    { label: 'Rows failed', value: job.failedRows, tone: job.failedRows > 0 ? 'text-red-700' : 'text-stone-900' },
  ];
  return (
    <section aria-label="Import report" className="space-y-4">
      <dl className="grid grid-cols-3 gap-2">
        {counts.map((count) => (
          <div key={count.label} className="rounded-lg border border-stone-200 px-3 py-2.5">
            <dt className="text-xs text-stone-500">{count.label}</dt>
            <dd className={clsx('text-xl font-semibold tabular-nums', count.tone)}>{count.value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {job.errors.length === 0 ? (
        job.status === 'done' && <Notice tone="success">Every row was imported.</Notice>
      ) : (
        <div>
          <h3 className="mb-2 font-semibold text-stone-900">Rows with errors</h3>
          <p className="mb-2 text-xs text-stone-500">
            A product whose rows have errors is left out as a whole. Fix these lines in the file and import it again.
          </p>
          <div className="max-h-96 overflow-auto rounded-lg border border-stone-200">
            <table className="w-full text-left" aria-label="Row errors">
              <thead className="sticky top-0 border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Line
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Column
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Problem
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {job.errors.slice(0, SHOWN_ERRORS).map((error, index) => (
                  <tr key={index}>
                    <td className="px-3 py-2 tabular-nums">{error.row}</td>
                    <td className="px-3 py-2 font-mono text-xs">{error.field ?? '—'}</td>
                    <td className="px-3 py-2 text-stone-700">{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {job.errors.length > SHOWN_ERRORS && <p className="mt-2 text-xs text-stone-500">and {job.errors.length - SHOWN_ERRORS} more.</p>}
        </div>
      )}
    </section>
  );
}
