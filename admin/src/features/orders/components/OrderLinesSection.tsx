import type { AdminOrderView, MoneyView, OrderLineView } from '@tillpoint/sdk';
import { formatMoney } from '../../../shared/format/money';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { PackageOpen } from 'lucide-react';
import { orderTotalRows } from '../order-totals';

const column = tableColumns<OrderLineView>();
const right = (text: string) => <span className="block text-right">{text}</span>;
const amount = (money: MoneyView) => <span className="block text-right tabular-nums">{formatMoney(money)}</span>;

const COLUMNS = column.columns([
  column.accessor('title', {
    header: 'Item',
    cell: ({ row }) => (
      <span className="block max-w-72 min-w-44">
        <span className="block truncate font-medium text-stone-900">{row.original.title}</span>
        <span className="block truncate text-xs text-stone-500">
          {[row.original.variantTitle, row.original.sku].filter(Boolean).join(' · ')}
        </span>
        <LineProgress line={row.original} />
      </span>
    ),
  }),
  column.accessor('unitPrice', { header: () => right('Price'), cell: ({ getValue }) => amount(getValue()) }),
  column.accessor('quantity', {
    header: () => right('Qty'),
    cell: ({ getValue }) => <span className="block text-right tabular-nums">{getValue()}</span>,
  }),
  column.accessor('discount', {
    header: () => right('Discount'),
    cell: ({ getValue }) => (getValue().amount ? amount({ ...getValue(), amount: -getValue().amount }) : right('—')),
  }),
  column.accessor('total', {
    header: () => right('Total'),
    cell: ({ getValue }) => <span className="block text-right font-medium text-stone-900 tabular-nums">{formatMoney(getValue())}</span>,
  }),
]);

/** How much of a line has been sent and come back, once anything has. */
function LineProgress({ line }: { line: OrderLineView }) {
  if (!line.fulfilledQuantity && !line.returnedQuantity) return null;
  const sent = line.fulfilledQuantity === line.quantity ? 'All sent' : `${line.fulfilledQuantity} of ${line.quantity} sent`;
  return (
    <span className="mt-0.5 block text-xs font-medium text-stone-600">
      {sent}
      {line.returnedQuantity > 0 && ` · ${line.returnedQuantity} returned`}
    </span>
  );
}

/** The order's lines, then how they add up to the total. */
export function OrderLinesSection({ order }: { order: AdminOrderView }) {
  const units = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <section aria-labelledby="order-lines" className="space-y-2">
      <h2 id="order-lines" className="font-semibold text-stone-900">
        Items <span className="font-normal text-stone-500">({units})</span>
      </h2>
      <DataTable label="Order lines" columns={COLUMNS} data={order.lines} empty={<EmptyState icon={PackageOpen} title="No lines" />} />
      <OrderTotals order={order} />
    </section>
  );
}

function OrderTotals({ order }: { order: AdminOrderView }) {
  const rows = orderTotalRows(order);
  return (
    <dl className="ml-auto w-full max-w-sm space-y-1.5 rounded-lg border border-stone-200 bg-white px-4 py-3 shadow-xs">
      {rows.map(({ label, money, note }) => (
        <div key={label} className="flex justify-between gap-4 text-stone-600">
          <dt className="min-w-0 truncate">
            {label}
            {note && <span className="text-stone-400"> · {note}</span>}
          </dt>
          <dd className="tabular-nums">{formatMoney(money)}</dd>
        </div>
      ))}
      <div className="flex justify-between gap-4 border-t border-stone-100 pt-2 font-semibold text-stone-900">
        <dt>Total</dt>
        <dd className="tabular-nums" data-testid="order-total">
          {formatMoney(order.total)}
        </dd>
      </div>
    </dl>
  );
}
