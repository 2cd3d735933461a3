import { useNavigate } from '@tanstack/react-router';
import type { StockLevelView } from '@tillpoint/sdk';
import clsx from 'clsx';
import { ArrowLeftRight, History, PackageSearch, SlidersHorizontal } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { Tooltip } from '../../../shared/ui/Tooltip';
import { useStockLevels, type StockFilter } from '../use-stock';
import { AdjustStockDialog } from './AdjustStockDialog';
import { TransferStockDialog } from './TransferStockDialog';

/** A level is one variant at one location; the table needs an id per row. */
type StockRow = StockLevelView & { id: string };

const column = tableColumns<StockRow>();
const right = (text: string) => <span className="block text-right">{text}</span>;
const units = (value: number, className?: string) => (
  <span className={clsx('block text-right tabular-nums', className)}>{value.toLocaleString()}</span>
);

const READ_COLUMNS = column.columns([
  column.accessor('productTitle', {
    header: 'Product',
    cell: ({ row }) => (
      <span className="block min-w-48">
        <span className="block max-w-72 truncate font-medium text-stone-900">{row.original.productTitle}</span>
        <span className="block text-xs text-stone-500">
          {row.original.variantTitle} · <span className="font-mono">{row.original.sku}</span>
        </span>
      </span>
    ),
  }),
  column.accessor('locationName', { header: 'Location' }),
  column.accessor('onHand', { header: () => right('On hand'), cell: ({ getValue }) => units(getValue()) }),
  column.accessor('reserved', { header: () => right('Reserved'), cell: ({ getValue }) => units(getValue(), 'text-stone-500') }),
  column.accessor('available', {
    header: () => right('Available'),
    cell: ({ row }) => (
      <span className="flex items-center justify-end gap-2">
        {row.original.low && (
          <Badge tone={row.original.available <= 0 ? 'danger' : 'warning'}>{row.original.available <= 0 ? 'Out' : 'Low'}</Badge>
        )}
        {units(row.original.available, 'font-semibold text-stone-900')}
      </span>
    ),
  }),
  column.accessor('lowStockThreshold', { header: () => right('Low at'), cell: ({ getValue }) => units(getValue(), 'text-stone-500') }),
]);

const actions = (canAdjust: boolean) =>
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <LevelActions level={row.original} canAdjust={canAdjust} />,
  });
const VIEW_COLUMNS = column.columns([...READ_COLUMNS, actions(false)]);
const ADJUST_COLUMNS = column.columns([...READ_COLUMNS, actions(true)]);

export function StockLevelsTable({ filter, canAdjust }: { filter: StockFilter; canAdjust: boolean }) {
  const levels = useStockLevels(filter);
  const rows = useMemo(() => levels.items.map((level) => ({ ...level, id: `${level.variantId}:${level.locationId}` })), [levels.items]);
  const filtered = Boolean(filter.productId || filter.locationId || filter.lowStock);
  return (
    <DataTable
      label="Stock levels"
      columns={canAdjust ? ADJUST_COLUMNS : VIEW_COLUMNS}
      data={rows}
      isLoading={levels.isLoading}
      error={levels.error}
      pages={levels}
      empty={
        <EmptyState icon={PackageSearch} title={filtered ? 'No stock matches' : 'No stock yet'}>
          {filtered
            ? 'Nothing is low here, or this product has no stock at this location.'
            : 'Levels appear once stock is received at a location.'}
        </EmptyState>
      }
    />
  );
}

function LevelActions({ level, canAdjust }: { level: StockRow; canAdjust: boolean }) {
  const navigate = useNavigate({ from: '/inventory/' });
  const [open, setOpen] = useState<'adjust' | 'transfer' | null>(null);
  const close = (isOpen: boolean) => !isOpen && setOpen(null);
  const name = `${level.sku} at ${level.locationName}`;
  return (
    <div className="flex justify-end gap-1">
      {canAdjust && (
        <>
          <IconAction label={`Adjust ${name}`} tip="Adjust" onClick={() => setOpen('adjust')}>
            <SlidersHorizontal aria-hidden />
          </IconAction>
          <IconAction label={`Transfer ${name}`} tip="Transfer" onClick={() => setOpen('transfer')}>
            <ArrowLeftRight aria-hidden />
          </IconAction>
        </>
      )}
      <IconAction
        label={`Movement history of ${level.sku}`}
        tip="History"
        onClick={() => void navigate({ search: (search) => ({ ...search, history: level.variantId }) })}
      >
        <History aria-hidden />
      </IconAction>
      {open === 'adjust' && <AdjustStockDialog level={level} onOpenChange={close} />}
      {open === 'transfer' && <TransferStockDialog level={level} onOpenChange={close} />}
    </div>
  );
}

function IconAction({ label, tip, onClick, children }: { label: string; tip: string; onClick: () => void; children: ReactNode }) {
  return (
    <Tooltip content={tip}>
      <Button variant="ghost" size="icon-sm" onClick={onClick} aria-label={label}>
        {children}
      </Button>
    </Tooltip>
  );
}
