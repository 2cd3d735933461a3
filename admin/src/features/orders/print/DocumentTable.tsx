import clsx from 'clsx';
import type { ReactNode } from 'react';

/** A cell of the document's table; the last one in a row needs no room on its right. */
export const documentCell = 'py-2.5 pr-4 align-top last:pr-0';

export interface DocumentColumn {
  label: string;
  /** Quantities and amounts sit to the right. */
  numeric?: boolean;
  /** A narrow column of tick boxes: its label is for screen readers only. */
  tickBoxes?: boolean;
}

/** The document's table of lines: its head repeats on every printed page. */
export function DocumentTable({ label, columns, children }: { label: string; columns: DocumentColumn[]; children: ReactNode }) {
  return (
    <table aria-label={label} className="mt-8 w-full border-collapse text-left">
      <thead className="border-y border-stone-300 text-[11px] tracking-wider text-stone-500 uppercase">
        <tr>
          {columns.map((column) =>
            column.tickBoxes ? (
              <th key={column.label} scope="col" className="w-8 py-2">
                <span className="sr-only">{column.label}</span>
              </th>
            ) : (
              <th key={column.label} scope="col" className={clsx('py-2 pr-4 font-semibold last:pr-0', column.numeric && 'text-right')}>
                {column.label}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-200">{children}</tbody>
    </table>
  );
}

/** An order line's title, with what tells it apart (variant, SKU) below it, and anything else after. */
export function DocumentLineCell({ title, detail, children }: { title: string; detail?: string | null; children?: ReactNode }) {
  return (
    <td className={documentCell}>
      <span className="block font-medium text-stone-900">{title}</span>
      {detail && <span className="block text-stone-500">{detail}</span>}
      {children}
    </td>
  );
}
