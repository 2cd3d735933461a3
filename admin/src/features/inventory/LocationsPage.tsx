import type { StockLocationView } from '@tillpoint/sdk';
import { MapPin, Pencil, Plus } from 'lucide-react';
import { useState } from 'react';
import { countryName } from '../../shared/format/countries';
import { Badge } from '../../shared/ui/Badge';
import { Button } from '../../shared/ui/Button';
import { DataTable, tableColumns } from '../../shared/ui/DataTable';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCan } from '../auth/use-me';
import { InventoryNav } from './components/InventoryNav';
import { LocationDialog } from './components/LocationDialog';
import { useStockLocations } from './use-locations';

const column = tableColumns<StockLocationView>();

const READ_COLUMNS = column.columns([
  column.accessor('name', {
    header: 'Location',
    cell: ({ row }) => (
      <span>
        <span className="block font-medium text-stone-900">{row.original.name}</span>
        <span className="font-mono text-xs text-stone-500">{row.original.code}</span>
      </span>
    ),
  }),
  column.display({
    id: 'address',
    header: 'Address',
    cell: ({ row }) => {
      const { addressLine, postcode, city, region, country } = row.original;
      return (
        <span className="block text-stone-600">
          <span className="block">{addressLine || '—'}</span>
          <span className="block text-xs">
            {[[postcode, city].filter(Boolean).join(' '), region, countryName(country)].filter(Boolean).join(', ')}
          </span>
        </span>
      );
    },
  }),
  column.accessor('pickupEnabled', {
    header: 'Pickup',
    cell: ({ getValue }) => (getValue() ? <Badge tone="info">Pickup point</Badge> : <span className="text-stone-400">No</span>),
  }),
  column.accessor('active', {
    header: 'Status',
    cell: ({ getValue }) => (
      <Badge tone={getValue() ? 'success' : 'neutral'} dot>
        {getValue() ? 'Active' : 'Inactive'}
      </Badge>
    ),
  }),
]);

const MANAGE_COLUMNS = column.columns([
  ...READ_COLUMNS,
  column.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <EditLocation location={row.original} />,
  }),
]);

export function LocationsPage() {
  const canManage = useCan('inventory:manage');
  const locations = useStockLocations();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="Inventory"
        description="Warehouses and shops that hold stock. A pickup point lets shoppers collect their order there."
        actions={
          canManage && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              <Plus aria-hidden /> New location
            </Button>
          )
        }
      />
      <InventoryNav />
      <DataTable
        label="Stock locations"
        columns={canManage ? MANAGE_COLUMNS : READ_COLUMNS}
        data={locations.data ?? []}
        isLoading={locations.isPending}
        error={locations.error}
        empty={
          <EmptyState icon={MapPin} title="No locations yet">
            Add the places where you keep stock; levels are counted per location.
          </EmptyState>
        }
      />
      {creating && <LocationDialog onOpenChange={setCreating} />}
    </>
  );
}

function EditLocation({ location }: { location: StockLocationView }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex justify-end">
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} aria-label={`Edit ${location.name}`}>
        <Pencil aria-hidden /> Edit
      </Button>
      {open && <LocationDialog location={location} onOpenChange={setOpen} />}
    </div>
  );
}
