import { CategoryPathSelect } from '../../../shared/ui/CategoryPathSelect';
import { SearchInput } from '../../../shared/ui/SearchInput';
import { Select } from '../../../shared/ui/Select';
import { useCategoryList } from '../../categories/use-categories';
import { useCollectionList } from '../../categories/use-collections';
import { isProductStatus, PRODUCT_STATUS, PRODUCT_STATUSES } from '../product-status';
import type { ProductFilter } from '../use-products';

// Radix Select has no empty item, so "all" stands for no filter.
const ALL = 'all';
const STATUS_OPTIONS = [
  { value: ALL, label: 'All statuses' },
  ...PRODUCT_STATUSES.map((status) => ({ value: status, label: PRODUCT_STATUS[status].label })),
];

export function ProductFilters({ filter, onChange }: { filter: ProductFilter; onChange: (filter: ProductFilter) => void }) {
  const categories = useCategoryList();
  const collections = useCollectionList();
  const collectionOptions = [{ value: ALL, label: 'All collections' }, ...collections.map((c) => ({ value: c.id, label: c.title }))];

  return (
    <div className="mb-3 flex flex-col gap-2 lg:flex-row lg:items-center">
      <SearchInput
        label="Search products"
        placeholder="Title, handle or SKU"
        value={filter.q ?? ''}
        onChange={(q) => onChange({ ...filter, q: q || undefined })}
      />
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap lg:ml-auto">
        <Select
          aria-label="Status"
          className="w-full sm:w-36"
          value={filter.status ?? ALL}
          options={STATUS_OPTIONS}
          onValueChange={(value) => onChange({ ...filter, status: isProductStatus(value) ? value : undefined })}
        />
        <CategoryPathSelect
          aria-label="Category"
          className="w-full sm:w-52"
          categories={categories}
          noneLabel="All categories"
          value={filter.categoryId ?? null}
          onChange={(categoryId) => onChange({ ...filter, categoryId: categoryId ?? undefined })}
        />
        <Select
          aria-label="Collection"
          className="col-span-2 w-full sm:w-44"
          value={filter.collectionId ?? ALL}
          options={collectionOptions}
          onValueChange={(value) => onChange({ ...filter, collectionId: value === ALL ? undefined : value })}
        />
      </div>
    </div>
  );
}
