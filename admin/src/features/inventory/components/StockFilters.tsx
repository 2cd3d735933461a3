import { Checkbox } from '../../../shared/ui/Checkbox';
import { Chip } from '../../../shared/ui/Chip';
import { ProductSearchBox } from '../../products/components/ProductSearchBox';
import { useProductTitles } from '../../products/use-products';
import type { StockFilter } from '../use-stock';
import { LocationFilter } from './LocationFilter';

/** Narrow the levels to a product, a location, or what runs low. */
export function StockFilters({ filter, onChange }: { filter: StockFilter; onChange: (filter: StockFilter) => void }) {
  const titles = useProductTitles(filter.productId ? [filter.productId] : []);
  return (
    <div className="mb-3 flex flex-col gap-2 lg:flex-row lg:items-center">
      <div className="w-full lg:w-80">
        {filter.productId ? (
          <div className="flex h-9 items-center">
            <Chip tone="brand" onRemove={() => onChange({ ...filter, productId: undefined })} removeLabel="Show every product">
              {titles.get(filter.productId) ?? 'Loading…'}
            </Chip>
          </div>
        ) : (
          <ProductSearchBox
            aria-label="Find a product"
            placeholder="Find a product by title or SKU…"
            onPick={(product) => onChange({ ...filter, productId: product.id })}
          />
        )}
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 lg:ml-auto">
        <LocationFilter value={filter.locationId} onChange={(locationId) => onChange({ ...filter, locationId })} />
        <Checkbox
          checked={filter.lowStock === true}
          onCheckedChange={(on) => onChange({ ...filter, lowStock: on || undefined })}
          label="Low stock only"
        />
      </div>
    </div>
  );
}
