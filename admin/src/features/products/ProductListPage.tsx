import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Plus } from 'lucide-react';
import { Button } from '../../shared/ui/Button';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCan } from '../auth/use-me';
import { ProductFilters } from './components/ProductFilters';
import { ProductsTable } from './components/ProductsTable';
import type { ProductFilter } from './use-products';

export function ProductListPage() {
  const filter = useSearch({ from: '/_app/products/' });
  const navigate = useNavigate({ from: '/products/' });
  const canManage = useCan('catalog:manage');
  // The search and filters live in the address: a filtered list can be shared, reloaded and gone back to.
  const setFilter = (next: ProductFilter) => void navigate({ search: next, replace: true });

  return (
    <>
      <PageHeader
        title="Products"
        description="Everything the store sells. Tick products to change their status or prices together."
        actions={
          canManage && (
            <Button asChild variant="primary">
              <Link to="/products/new">
                <Plus aria-hidden /> New product
              </Link>
            </Button>
          )
        }
      />
      <ProductFilters filter={filter} onChange={setFilter} />
      <ProductsTable key={JSON.stringify(filter)} filter={filter} canManage={canManage} />
    </>
  );
}
