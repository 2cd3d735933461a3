import { useNavigate, useSearch } from '@tanstack/react-router';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { FileDrop } from '../../shared/ui/FileDrop';
import { FormSection } from '../../shared/ui/FormSection';
import { ProblemNotice } from '../../shared/ui/Notice';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LoadingState } from '../../shared/ui/Spinner';
import { ImportProgress } from './components/ImportProgress';
import { RecentImports } from './components/RecentImports';
import { useExportProducts, useImport, useStartImport } from './use-imports';

const MAX_BYTES = 20 * 1024 * 1024;

export function ImportPage() {
  const { id } = useSearch({ from: '/_app/import' });
  const navigate = useNavigate({ from: '/import' });
  const start = useStartImport();
  const job = useImport(id);
  const exporter = useExportProducts();
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  const upload = (file: File) => {
    start.reset();
    setTooLarge(file.size > MAX_BYTES ? file.name : null);
    if (file.size <= MAX_BYTES) start.mutate(file, { onSuccess: (created) => void navigate({ search: { id: created.id } }) });
  };

  return (
    <>
      <PageHeader
        title="Import"
        description="Create and update products from a CSV file in the export format. Rows match existing products by handle and variants by SKU."
        actions={
          <Button onClick={() => exporter.mutate()} loading={exporter.isPending}>
            <Download aria-hidden /> Export CSV
          </Button>
        }
      />
      <div className="space-y-5">
        {exporter.error && <ProblemNotice error={exporter.error} title="The export failed" />}
        <FormSection title="Upload a CSV" description="Start from an export: it has every column, and shows how each is written.">
          <FileDrop
            accept=".csv,text/csv"
            onFiles={([file]) => upload(file)}
            buttonLabel={start.isPending ? 'Uploading…' : 'Choose a CSV file'}
            busy={start.isPending}
            disabled={start.isPending}
            hint="One row per variant, up to 20 MB. The import runs in the background: you may leave this page."
          />
          {start.error && <ProblemNotice error={start.error} title="The file was not accepted" />}
          {tooLarge && (
            <ProblemNotice
              error={new Error(`${tooLarge} is larger than 20 MB: split it into smaller files.`)}
              title="The file was not accepted"
            />
          )}
        </FormSection>
        {id &&
          (job.data ? (
            <ImportProgress job={job.data} />
          ) : job.error ? (
            <ProblemNotice error={job.error} />
          ) : (
            <LoadingState label="Loading the import…" />
          ))}
        <section aria-labelledby="recent-imports">
          <h2 id="recent-imports" className="mb-3 font-semibold text-stone-900">
            Recent imports
          </h2>
          <RecentImports />
        </section>
      </div>
    </>
  );
}
