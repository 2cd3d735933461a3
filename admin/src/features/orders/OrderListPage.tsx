import { useNavigate, useSearch } from '@tanstack/react-router';
import { PageHeader } from '../../shared/ui/PageHeader';
import { OrderFilters } from './components/OrderFilters';
import { SavedViewsBar } from './components/SavedViewsBar';
import { OrdersTable } from './components/OrdersTable';
import type { OrderSearch } from './order-search';

export function OrderListPage() {
  const search = useSearch({ from: '/_app/orders/' });
  const navigate = useNavigate({ from: '/orders/' });
  // The search and filters live in the address: a filtered list can be shared, reloaded and gone back to.
  const setSearch = (next: OrderSearch) => void navigate({ search: next, replace: true });

  return (
    <>
      <PageHeader
        title="Orders"
        description="Every order placed in the store, newest first. Open one to see its lines, payment and history."
      />
      <SavedViewsBar search={search} onChange={setSearch} />
      <OrderFilters search={search} onChange={setSearch} />
      <OrdersTable key={JSON.stringify(search)} search={search} />
    </>
  );
}
