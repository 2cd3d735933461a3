import type { StockActorView, StockMovementView } from '@tillpoint/sdk';
import clsx from 'clsx';
import { History } from 'lucide-react';
import { capitalise } from '../../../shared/format/text';
import { Badge } from '../../../shared/ui/Badge';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { RelativeTime } from '../../../shared/ui/RelativeTime';
import { ADJUSTMENT_REASON, formatDelta, MOVEMENT_KIND } from '../stock-labels';
import { useActorName } from '../use-actor-names';
import { useStockMovements, type MovementFilter } from '../use-stock';

const column = tableColumns<StockMovementView>();
const right = (text: string) => <span className="block text-right">{text}</span>;

const when = column.accessor('createdAt', { header: 'When', cell: ({ getValue }) => <RelativeTime at={getValue()} /> });
const rest = [
  column.accessor('locationName', { header: 'Location' }),
  column.accessor('kind', {
    header: 'Kind',
    cell: ({ getValue }) => <Badge tone={MOVEMENT_KIND[getValue()].tone}>{MOVEMENT_KIND[getValue()].label}</Badge>,
  }),
  // "Received, because received" says nothing: a reason shows only where it adds to the kind.
  column.accessor('reason', {
    header: 'Reason',
    cell: ({ row }) => reasonLabel(row.original.reason === row.original.kind ? null : row.original.reason),
  }),
  column.accessor('onHandDelta', { header: () => right('On hand'), cell: ({ getValue }) => <Delta value={getValue()} /> }),
  column.accessor('reservedDelta', { header: () => right('Reserved'), cell: ({ getValue }) => <Delta value={getValue()} quiet /> }),
  column.accessor('actor', { header: 'Who', cell: ({ getValue }) => <ActorName actor={getValue()} /> }),
  column.display({ id: 'details', header: 'Reference · note', cell: ({ row }) => <Details movement={row.original} /> }),
];

const VARIANT_COLUMNS = column.columns([when, ...rest]);
const ALL_COLUMNS = column.columns([
  when,
  column.accessor('sku', { header: 'SKU', cell: ({ getValue }) => <span className="font-mono text-xs">{getValue()}</span> }),
  ...rest,
]);

/** The stock ledger, newest first: every change of on-hand or reserved units, who made it and why. */
export function MovementsTable({ filter, showSku }: { filter: MovementFilter; showSku: boolean }) {
  const movements = useStockMovements(filter);
  return (
    <DataTable
      label="Stock movements"
      columns={showSku ? ALL_COLUMNS : VARIANT_COLUMNS}
      data={movements.items}
      isLoading={movements.isLoading}
      error={movements.error}
      pages={movements}
      empty={
        <EmptyState icon={History} title="No movements">
          Receipts, sales, reservations, adjustments and transfers appear here as they happen.
        </EmptyState>
      }
    />
  );
}

function reasonLabel(reason: string | null) {
  if (!reason) return <span className="text-stone-400">—</span>;
  const known = Object.entries(ADJUSTMENT_REASON).find(([key]) => key === reason)?.[1];
  return known?.label ?? capitalise(reason.replaceAll('_', ' '));
}

function Delta({ value, quiet = false }: { value: number; quiet?: boolean }) {
  return (
    <span
      className={clsx(
        'block text-right font-medium tabular-nums',
        value > 0 && !quiet && 'text-emerald-700',
        value < 0 && !quiet && 'text-red-700',
        (value === 0 || quiet) && 'text-stone-500',
      )}
    >
      {formatDelta(value)}
    </span>
  );
}

function ActorName({ actor }: { actor: StockActorView }) {
  return <>{useActorName()(actor)}</>;
}

function Details({ movement }: { movement: StockMovementView }) {
  const { reference, note } = movement;
  if (!reference && !note) return <span className="text-stone-400">—</span>;
  return (
    <span className="block max-w-64 truncate" title={[reference && `${reference.type} ${reference.id}`, note].filter(Boolean).join(' · ')}>
      {reference && <span className="text-stone-500">{capitalise(reference.type)}</span>}
      {reference && note && ' · '}
      {note}
    </span>
  );
}
