import type { PriceListView } from '@tillpoint/sdk';
import { BadgePercent, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format/dates';
import { treeRows } from '../../../shared/format/tree-paths';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { toast } from '../../../shared/ui/toast';
import { useCategoryList } from '../../categories/use-categories';
import { useCollectionList } from '../../categories/use-collections';
import { describeDiscount, SALE_STATE, SALE_TARGET_LABELS } from '../sale-labels';
import { useDeleteSale, useSales } from '../use-sales';
import { SaleDialog } from './SaleDialog';

const column = tableColumns<PriceListView>();

const READ_COLUMNS = column.columns([
  column.accessor('name', { header: 'Sale', cell: ({ getValue }) => <span className="font-medium text-stone-900">{getValue()}</span> }),
  column.accessor('state', {
    header: 'State',
    cell: ({ getValue }) => (
      <Badge tone={SALE_STATE[getValue()].tone} dot>
        {SALE_STATE[getValue()].label}
      </Badge>
    ),
  }),
  column.accessor('discount', {
    header: 'Discount',
    cell: ({ getValue }) => <span className="tabular-nums">{describeDiscount(getValue())}</span>,
  }),
  column.display({ id: 'targets', header: 'Applies to', cell: ({ row }) => <SaleTargets sale={row.original} /> }),
  column.display({ id: 'period', header: 'When', cell: ({ row }) => <SalePeriod sale={row.original} /> }),
]);

const MANAGE_COLUMNS = column.columns([
  ...READ_COLUMNS,
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <SaleActions sale={row.original} />,
  }),
]);

export function SalesTable({ canManage, onCreate }: { canManage: boolean; onCreate: () => void }) {
  const sales = useSales();
  return (
    <DataTable
      label="Sales"
      columns={canManage ? MANAGE_COLUMNS : READ_COLUMNS}
      data={sales.items}
      isLoading={sales.isLoading}
      error={sales.error}
      pages={sales}
      empty={
        <EmptyState
          icon={BadgePercent}
          title="No sales yet"
          action={
            canManage && (
              <Button variant="primary" onClick={onCreate}>
                New sale
              </Button>
            )
          }
        >
          A sale takes a percentage or an amount off the products it covers, between two dates.
        </EmptyState>
      }
    />
  );
}

const SHOWN = 2;

function SaleTargets({ sale }: { sale: PriceListView }) {
  const categories = useCategoryList();
  const collections = useCollectionList();
  if (sale.appliesTo === 'all') return <span>All products</span>;
  if (sale.appliesTo === 'products')
    return (
      <span>
        {sale.targetIds.length} product{sale.targetIds.length === 1 ? '' : 's'}
      </span>
    );
  const names =
    sale.appliesTo === 'categories'
      ? new Map(categories.map((category) => [category.id, category.name]))
      : new Map(collections.map((collection) => [collection.id, collection.title]));
  const paths = new Map(treeRows(categories).map(({ node, path }) => [node.id, path]));
  const labels = sale.targetIds.map((id) => names.get(id) ?? 'Deleted');
  return (
    <span title={sale.targetIds.map((id) => paths.get(id) ?? names.get(id) ?? 'Deleted').join(', ')}>
      <span className="text-stone-500">{SALE_TARGET_LABELS[sale.appliesTo]}: </span>
      {labels.slice(0, SHOWN).join(', ')}
      {labels.length > SHOWN && ` +${labels.length - SHOWN}`}
    </span>
  );
}

function SalePeriod({ sale }: { sale: PriceListView }) {
  return (
    <span className="block text-[13px] leading-tight">
      <span className="block">
        {sale.startsAt ? <time dateTime={sale.startsAt}>{formatDateTime(sale.startsAt)}</time> : 'From activation'}
      </span>
      <span className="block text-xs text-stone-500">
        {sale.endsAt ? (
          <>
            until <time dateTime={sale.endsAt}>{formatDateTime(sale.endsAt)}</time>
          </>
        ) : (
          'no end'
        )}
      </span>
    </span>
  );
}

function SaleActions({ sale }: { sale: PriceListView }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const remove = useDeleteSale();
  return (
    <div className="flex justify-end gap-1">
      <Button variant="ghost" size="icon-sm" onClick={() => setOpen('edit')} aria-label={`Edit ${sale.name}`}>
        <Pencil aria-hidden />
      </Button>
      <Button variant="danger-ghost" size="icon-sm" onClick={() => setOpen('delete')} aria-label={`Delete ${sale.name}`}>
        <Trash2 aria-hidden />
      </Button>
      {open === 'edit' && <SaleDialog sale={sale} onOpenChange={(isOpen) => !isOpen && setOpen(null)} />}
      <ConfirmDialog
        open={open === 'delete'}
        onOpenChange={(isOpen) => !isOpen && setOpen(null)}
        title={`Delete “${sale.name}”?`}
        description={sale.state === 'running' ? 'Prices go back to normal at once.' : 'It will not change any prices.'}
        confirmLabel="Delete sale"
        onConfirm={async () => {
          await remove.mutateAsync(sale.id);
          toast.success(`“${sale.name}” was deleted.`);
        }}
      />
    </div>
  );
}
