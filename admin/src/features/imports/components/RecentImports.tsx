import { Link } from '@tanstack/react-router';
import type { CatalogImportView } from '@tillpoint/sdk';
import { FileUp } from 'lucide-react';
import { Badge } from '../../../shared/ui/Badge';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { IMPORT_STATUS } from '../import-labels';
import { useImports } from '../use-imports';

const column = tableColumns<CatalogImportView>();
const right = (text: string) => <span className="block text-right">{text}</span>;
const count = (value: number) => <span className="block text-right tabular-nums">{value.toLocaleString()}</span>;

const COLUMNS = column.columns([
  column.accessor('filename', {
    header: 'File',
    cell: ({ row }) => (
      <Link to="/import" search={{ id: row.original.id }} className="font-medium text-stone-900 hover:text-brand-700 hover:underline">
        {row.original.filename}
      </Link>
    ),
  }),
  column.accessor('status', {
    header: 'Status',
    cell: ({ getValue }) => (
      <Badge tone={IMPORT_STATUS[getValue()].tone} dot>
        {IMPORT_STATUS[getValue()].label}
      </Badge>
    ),
  }),
  column.accessor('totalRows', { header: () => right('Rows'), cell: ({ getValue }) => count(getValue()) }),
  column.accessor('createdProducts', { header: () => right('Created'), cell: ({ getValue }) => count(getValue()) }),
  column.accessor('updatedProducts', { header: () => right('Updated'), cell: ({ getValue }) => count(getValue()) }),
  column.accessor('failedRows', { header: () => right('Failed'), cell: ({ getValue }) => count(getValue()) }),
  column.accessor('createdAt', { header: 'Uploaded', cell: ({ getValue }) => <RelativeTime at={getValue()} /> }),
]);

export function RecentImports() {
  const imports = useImports();
  return (
    <DataTable
      label="Recent imports"
      columns={COLUMNS}
      data={imports.items}
      isLoading={imports.isLoading}
      error={imports.error}
      pages={imports}
      empty={
        <EmptyState icon={FileUp} title="No imports yet">
          Imports you start appear here with their results.
        </EmptyState>
      }
    />
  );
}
