import type { TaxRateView } from '@tillpoint/sdk';
import { Landmark, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { countryName } from '../../../../shared/format/countries';
import { Badge } from '../../../../shared/ui/Badge';
import { Button } from '../../../../shared/ui/Button';
import { ConfirmDialog } from '../../../../shared/ui/ConfirmDialog';
import { DataTable, tableColumns } from '../../../../shared/ui/DataTable';
import { EmptyState } from '../../../../shared/ui/EmptyState';
import { toast } from '../../../../shared/ui/toast';
import { formatTaxPercent } from '../tax-rate-form';
import { useDeleteTaxRate, useTaxRates } from '../use-taxes';
import { TaxRateDialog } from './TaxRateDialog';

const column = tableColumns<TaxRateView>();

const READ_COLUMNS = column.columns([
  column.accessor('country', {
    header: 'Where',
    cell: ({ row }) => (
      <span className="block leading-tight">
        <span className="block font-medium text-stone-900">{countryName(row.original.country)}</span>
        <span className="block text-xs text-stone-500">{row.original.region ?? 'Whole country'}</span>
      </span>
    ),
  }),
  column.accessor('name', { header: 'Name' }),
  column.accessor('percent', {
    header: 'Rate',
    cell: ({ getValue }) => <span className="font-medium text-stone-900 tabular-nums">{formatTaxPercent(getValue())}</span>,
  }),
  column.accessor('display', {
    header: 'Prices shown',
    cell: ({ getValue }) => (
      <Badge tone={getValue() === 'inclusive' ? 'neutral' : 'info'}>{getValue() === 'inclusive' ? 'With tax' : 'Before tax'}</Badge>
    ),
  }),
  column.accessor('taxShipping', { header: 'Shipping', cell: ({ getValue }) => (getValue() ? 'Taxed' : 'Not taxed') }),
]);

const MANAGE_COLUMNS = column.columns([
  ...READ_COLUMNS,
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <TaxRateActions rate={row.original} />,
  }),
]);

export function TaxRatesTable({ canManage, onCreate }: { canManage: boolean; onCreate: () => void }) {
  const rates = useTaxRates();
  return (
    <DataTable
      label="Tax rates"
      columns={canManage ? MANAGE_COLUMNS : READ_COLUMNS}
      data={rates.items}
      isLoading={rates.isLoading}
      error={rates.error}
      pages={rates}
      empty={
        <EmptyState
          icon={Landmark}
          title="No tax rates yet"
          action={
            canManage && (
              <Button variant="primary" onClick={onCreate}>
                Add a rate
              </Button>
            )
          }
        >
          Without a rate for their country, shoppers are charged no tax.
        </EmptyState>
      }
    />
  );
}

function TaxRateActions({ rate }: { rate: TaxRateView }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const remove = useDeleteTaxRate();
  const where = rate.region ? `${rate.region}, ${countryName(rate.country)}` : countryName(rate.country);
  return (
    <div className="flex justify-end gap-1">
      <Button variant="ghost" size="icon-sm" onClick={() => setOpen('edit')} aria-label={`Edit ${rate.name} (${where})`}>
        <Pencil aria-hidden />
      </Button>
      <Button variant="danger-ghost" size="icon-sm" onClick={() => setOpen('delete')} aria-label={`Delete ${rate.name} (${where})`}>
        <Trash2 aria-hidden />
      </Button>
      {open === 'edit' && <TaxRateDialog rate={rate} onOpenChange={(isOpen) => !isOpen && setOpen(null)} />}
      <ConfirmDialog
        open={open === 'delete'}
        onOpenChange={(isOpen) => !isOpen && setOpen(null)}
        title={`Delete “${rate.name}”?`}
        description={
          rate.region
            ? `Shoppers in ${where} are taxed at the rate of ${countryName(rate.country)} instead, if it has one.`
            : `Shoppers in ${where} are charged no tax unless a rate for their region applies.`
        }
        confirmLabel="Delete rate"
        onConfirm={async () => {
          await remove.mutateAsync(rate.id);
          toast.success(`“${rate.name}” was deleted.`);
        }}
      />
    </div>
  );
}
