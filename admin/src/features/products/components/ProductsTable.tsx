import { Link } from '@tanstack/react-router';
import type { AdminProductSummaryView } from '@tillpoint/sdk';
import { PackageSearch } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatMoney } from '../../../shared/format/money';
import { useRowSelection } from '../../../shared/hooks/use-row-selection';
import { DataTable, tableColumns } from '../../../shared/ui/DataTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { RowSelectionProvider, SelectAllCheckbox, SelectRowCheckbox } from '../../../shared/ui/RowSelection';
import { Thumbnail } from '../../../shared/ui/Thumbnail';
import { useProductList, type ProductFilter } from '../use-products';
import { BulkActionsBar } from './BulkActionsBar';
import { ProductStatusBadge } from './ProductStatusBadge';

const column = tableColumns<AdminProductSummaryView>();
const numeric = (text: string) => <span className="block text-right">{text}</span>;

const READ_COLUMNS = column.columns([
  column.accessor('title', { header: 'Product', cell: ({ row }) => <ProductCell product={row.original} /> }),
  column.accessor('status', { header: 'Status', cell: ({ getValue }) => <ProductStatusBadge status={getValue()} /> }),
  column.accessor('categoryName', {
    header: 'Category',
    cell: ({ getValue }) => getValue() ?? <span className="text-stone-400">None</span>,
  }),
  column.accessor('variantCount', { header: () => numeric('Variants'), cell: ({ getValue }) => <Numeric>{getValue()}</Numeric> }),
  column.accessor('priceFrom', {
    header: () => numeric('Price from'),
    cell: ({ getValue }) => {
      const price = getValue();
      return <Numeric>{price ? formatMoney(price) : '—'}</Numeric>;
    },
  }),
  column.accessor('available', { header: () => numeric('Available'), cell: ({ getValue }) => <AvailableCell units={getValue()} /> }),
]);

const MANAGE_COLUMNS = column.columns([
  column.display({
    id: 'select',
    header: () => <SelectAllCheckbox label="Select all products shown" />,
    cell: ({ row }) => <SelectRowCheckbox id={row.original.id} label={`Select ${row.original.title}`} />,
  }),
  ...READ_COLUMNS,
]);

/** Mount with `key` set to the filter: a new filter starts a new selection. */
export function ProductsTable({ filter, canManage }: { filter: ProductFilter; canManage: boolean }) {
  const products = useProductList(filter);
  const selection = useRowSelection();
  const filtered = Boolean(filter.q || filter.status || filter.categoryId || filter.collectionId);

  return (
    <RowSelectionProvider selection={selection} rowIds={products.items.map((product) => product.id)}>
      {canManage && selection.selected.size > 0 && (
        <BulkActionsBar products={products.items.filter((product) => selection.isSelected(product.id))} onDone={selection.clear} />
      )}
      <DataTable
        label="Products"
        columns={canManage ? MANAGE_COLUMNS : READ_COLUMNS}
        data={products.items}
        isLoading={products.isLoading}
        error={products.error}
        pages={products}
        empty={
          <EmptyState icon={PackageSearch} title={filtered ? 'No products match' : 'No products yet'}>
            {filtered ? 'Try other words or fewer filters.' : 'Products you add, or import from a CSV file, appear here.'}
          </EmptyState>
        }
      />
    </RowSelectionProvider>
  );
}

function ProductCell({ product }: { product: AdminProductSummaryView }) {
  return (
    <span className="flex min-w-56 items-center gap-3">
      <Thumbnail src={product.thumbnailUrl} />
      <span className="min-w-0">
        <Link
          to="/products/$productId"
          params={{ productId: product.id }}
          className="block max-w-64 truncate font-medium text-stone-900 hover:text-brand-700 hover:underline"
        >
          {product.title}
        </Link>
        <span className="block max-w-64 truncate text-xs text-stone-500">{product.handle}</span>
      </span>
    </span>
  );
}

function Numeric({ children }: { children: ReactNode }) {
  return <span className="block text-right tabular-nums">{children}</span>;
}

function AvailableCell({ units }: { units: number }) {
  const tone = units <= 0 ? 'text-red-700 font-medium' : units < 10 ? 'text-amber-700 font-medium' : '';
  return <span className={`block text-right tabular-nums ${tone}`}>{units.toLocaleString()}</span>;
}
