import type { OrderLineView } from '@tillpoint/sdk';
import { Input } from '../../../shared/ui/Input';

export interface QuantityRow {
  line: OrderLineView;
  /** The most units this step can take of the line. */
  max: number;
  /** What the person should know about the line: "2 of 3 left to pack". */
  note: string;
}

interface LineQuantityTableProps {
  label: string;
  /** The heading of the boxes' column: "Quantity", "Damaged". */
  quantityLabel?: string;
  rows: QuantityRow[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  /** The problem with one line's quantity, if any. */
  errorFor: (lineId: string) => string | undefined;
  /** A problem with the choice as a whole: "Choose at least one item". */
  error?: string;
}

/** The order's lines with a quantity box each, for fulfilling and returning part of an order. */
export function LineQuantityTable({ label, quantityLabel = 'Quantity', rows, values, onChange, errorFor, error }: LineQuantityTableProps) {
  return (
    <div className="space-y-1.5">
      <div className="overflow-hidden rounded-lg border border-stone-200">
        <table className="w-full text-left" aria-label={label}>
          <thead className="border-b border-stone-200 bg-stone-50 text-xs text-stone-500">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Item
              </th>
              <th scope="col" className="w-24 px-3 py-2 text-right font-medium">
                {quantityLabel}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map(({ line, max, note }) => {
              const error = errorFor(line.id);
              return (
                <tr key={line.id} className={max === 0 ? 'text-stone-400' : undefined}>
                  <td className="px-3 py-2.5 align-top">
                    <span className="block font-medium text-stone-900">{line.title}</span>
                    <span className="block text-xs text-stone-500">{[line.variantTitle, line.sku, note].filter(Boolean).join(' · ')}</span>
                  </td>
                  <td className="px-3 py-2 text-right align-top">
                    <Input
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={`${quantityLabel} of ${line.title}${line.variantTitle ? ` ${line.variantTitle}` : ''}`}
                      aria-invalid={error ? true : undefined}
                      disabled={max === 0}
                      className="ml-auto w-20 text-right tabular-nums"
                      value={values[line.id] ?? ''}
                      onChange={(event) => onChange({ ...values, [line.id]: event.target.value })}
                    />
                    {error && <span className="mt-1 block text-xs font-medium text-red-700">{error}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {error && <p className="text-xs font-medium text-red-700">{error}</p>}
    </div>
  );
}
