import { createColumnHelper, tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { CursorList } from '../hooks/use-cursor-list';
import { Button } from './Button';
import { Card } from './Card';
import { ProblemNotice } from './Notice';
import { LoadingState } from './Spinner';

// The tables here only display rows; sorting and filtering happen in the API, so no optional features.
const features = tableFeatures({});
type Features = typeof features;

/** Column definitions for DataTable: `const column = tableColumns<StaffView>()`. */
export const tableColumns = <Row extends RowData>() => createColumnHelper<Features, Row>();

interface DataTableProps<Row extends { id: string }> {
  /** Keep stable (module scope or memoised): a new array re-creates every row. */
  columns: ColumnDef<Features, Row>[];
  data: Row[];
  /** Read aloud as the table's name. */
  label: string;
  isLoading?: boolean;
  error?: unknown;
  /** Shown in place of rows when there are none. */
  empty: ReactNode;
  /** Offers the next page below the rows when there is one. */
  pages?: Pick<CursorList<Row>, 'hasMore' | 'loadMore' | 'isLoadingMore'>;
}

/** A list in a card: scrolls sideways on narrow screens rather than squeezing its columns. */
export function DataTable<Row extends { id: string }>({ columns, data, label, isLoading, error, empty, pages }: DataTableProps<Row>) {
  const table = useTable({ features, columns, data, getRowId: (row) => row.id });

  let body: ReactNode = null;
  if (isLoading) body = <LoadingState />;
  else if (error && data.length === 0) body = <ProblemNotice error={error} className="m-4" />;
  else if (data.length === 0) body = empty;

  return (
    <Card className="overflow-hidden">
      {error !== undefined && error !== null && data.length > 0 && <ProblemNotice error={error} className="m-3" />}
      {/* relative: absolutely positioned cell content (sr-only labels) must scroll with the table, not widen the page. */}
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-left" aria-label={label}>
          <thead className="border-b border-stone-200 bg-stone-50/80">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    className="px-3 py-2.5 text-xs font-medium whitespace-nowrap text-stone-500 first:pl-4 last:pr-4"
                  >
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          {body === null && (
            <tbody className="divide-y divide-stone-100">
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="hover:bg-stone-50/60">
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className="px-3 py-2.5 align-middle whitespace-nowrap text-stone-700 first:pl-4 last:pr-4">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          )}
        </table>
      </div>
      {body}
      {pages?.hasMore && (
        <div className="flex justify-center border-t border-stone-100 px-4 py-3">
          <Button size="sm" onClick={pages.loadMore} loading={pages.isLoadingMore}>
            Load more
          </Button>
        </div>
      )}
    </Card>
  );
}
