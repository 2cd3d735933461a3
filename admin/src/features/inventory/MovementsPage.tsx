import { useNavigate, useSearch } from '@tanstack/react-router';
import { Chip } from '../../shared/ui/Chip';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Select } from '../../shared/ui/Select';
import { InventoryNav } from './components/InventoryNav';
import { LocationFilter } from './components/LocationFilter';
import { MovementsTable } from './components/MovementsTable';
import { isMovementKind, MOVEMENT_KIND, MOVEMENT_KINDS } from './stock-labels';
import { useVariantLevels, type MovementFilter } from './use-stock';

const ALL = 'all';
const KIND_OPTIONS = [
  { value: ALL, label: 'All kinds' },
  ...MOVEMENT_KINDS.map((kind) => ({ value: kind, label: MOVEMENT_KIND[kind].label })),
];

export function MovementsPage() {
  const filter = useSearch({ from: '/_app/inventory/movements' });
  const navigate = useNavigate({ from: '/inventory/movements' });
  const setFilter = (next: MovementFilter) => void navigate({ search: next, replace: true });
  const variant = useVariantLevels(filter.variantId).data?.[0];

  return (
    <>
      <PageHeader
        title="Inventory"
        description="The stock ledger: every receipt, sale, reservation, adjustment and transfer, newest first."
      />
      <InventoryNav />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {filter.variantId && (
          <Chip tone="brand" onRemove={() => setFilter({ ...filter, variantId: undefined })} removeLabel="Show every variant">
            {variant ? `${variant.sku} · ${variant.productTitle}` : 'One variant'}
          </Chip>
        )}
        <div className="ml-auto flex flex-wrap gap-2">
          <Select
            aria-label="Kind"
            className="w-full sm:w-40"
            value={filter.kind ?? ALL}
            options={KIND_OPTIONS}
            onValueChange={(value) => setFilter({ ...filter, kind: isMovementKind(value) ? value : undefined })}
          />
          <LocationFilter value={filter.locationId} onChange={(locationId) => setFilter({ ...filter, locationId })} />
        </div>
      </div>
      <MovementsTable filter={filter} showSku />
    </>
  );
}
