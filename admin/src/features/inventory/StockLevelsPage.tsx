import { useNavigate, useSearch } from '@tanstack/react-router';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCan } from '../auth/use-me';
import { InventoryNav } from './components/InventoryNav';
import { MovementHistorySheet } from './components/MovementHistorySheet';
import { StockFilters } from './components/StockFilters';
import { StockLevelsTable } from './components/StockLevelsTable';
import type { StockFilter } from './use-stock';

export function StockLevelsPage() {
  const { history, ...filter } = useSearch({ from: '/_app/inventory/' });
  const navigate = useNavigate({ from: '/inventory/' });
  const canAdjust = useCan('inventory:adjust');
  // Filters and the open history live in the address: reloadable, shareable, and Back closes the panel.
  const setFilter = (next: StockFilter) => void navigate({ search: next, replace: true });

  return (
    <>
      <PageHeader title="Inventory" description="Units on hand, reserved for orders, and available to sell, per location." />
      <InventoryNav />
      <StockFilters filter={filter} onChange={setFilter} />
      <StockLevelsTable filter={filter} canAdjust={canAdjust} />
      <MovementHistorySheet
        variantId={history}
        onClose={() => void navigate({ search: (search) => ({ ...search, history: undefined }) })}
      />
    </>
  );
}
