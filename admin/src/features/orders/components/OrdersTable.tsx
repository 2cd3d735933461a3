import { Link } from '@tanstack/react-router';
import type { AdminOrderSummaryView } from '@tillpoint/sdk';
import { ShoppingBag } from 'lucide-react';
import { formatDateTime } from '../../../shared/format/dates';
import { formatMoney } from '../../../shared/format/money';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { isFiltered, type OrderSearch } from '../order-search';
import { useOrderList } from '../use-orders';
import { FulfilmentStatusBadge, OrderStatusBadge, PaymentStatusBadge } from './OrderBadges';

const column = tableColumns<AdminOrderSummaryView>();
const right = (text: string) => <span className="block text-right">{text}</span>;

const COLUMNS = column.columns([
  column.accessor('number', {
    header: 'Order',
    cell: ({ row }) => (
      <Link
        to="/orders/$orderId"
        params={{ orderId: row.original.id }}
        className="font-medium text-stone-900 tabular-nums hover:text-brand-700 hover:underline"
      >
        #{row.original.number}
      </Link>
    ),
  }),
  column.accessor('placedAt', {
    header: 'Placed',
    cell: ({ getValue }) => <span className="text-stone-600">{formatDateTime(getValue())}</span>,
  }),
  column.accessor('customerName', {
    header: 'Customer',
    cell: ({ row }) => (
      <span className="block max-w-60 min-w-40">
        <span className="block truncate text-stone-900">{row.original.customerName || row.original.email}</span>
        {row.original.customerName && <span className="block truncate text-xs text-stone-500">{row.original.email}</span>}
      </span>
    ),
  }),
  column.accessor('paymentStatus', { header: 'Payment', cell: ({ getValue }) => <PaymentStatusBadge status={getValue()} /> }),
  column.accessor('fulfilmentStatus', { header: 'Fulfilment', cell: ({ getValue }) => <FulfilmentStatusBadge status={getValue()} /> }),
  column.accessor('status', { header: 'Status', cell: ({ getValue }) => <OrderStatusBadge status={getValue()} /> }),
  column.accessor('itemCount', {
    header: () => right('Items'),
    cell: ({ getValue }) => <span className="block text-right tabular-nums">{getValue()}</span>,
  }),
  column.accessor('total', {
    header: () => right('Total'),
    cell: ({ getValue }) => <span className="block text-right font-medium text-stone-900 tabular-nums">{formatMoney(getValue())}</span>,
  }),
]);

/** Mount with `key` set to the search: a new search starts from its first page. */
export function OrdersTable({ search }: { search: OrderSearch }) {
  const orders = useOrderList(search);
  const filtered = isFiltered(search);
  return (
    <DataTable
      label="Orders"
      columns={COLUMNS}
      data={orders.items}
      isLoading={orders.isLoading}
      error={orders.error}
      pages={orders}
      empty={
        <EmptyState icon={ShoppingBag} title={filtered ? 'No orders match' : 'No orders yet'}>
          {filtered
            ? 'Try another number, email or name, or fewer filters.'
            : 'Orders shoppers place in the store appear here, newest first.'}
        </EmptyState>
      }
    />
  );
}
