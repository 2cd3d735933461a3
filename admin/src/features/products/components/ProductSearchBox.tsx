import type { AdminProductSummaryView } from '@tillpoint/sdk';
import { useState } from 'react';
import { Combobox } from '../../../shared/ui/Combobox';
import type { ControlProps } from '../../../shared/ui/Field';
import { Thumbnail } from '../../../shared/ui/Thumbnail';
import { useProductSearch } from '../use-products';

interface ProductSearchBoxProps extends Partial<ControlProps> {
  onPick: (product: AdminProductSummaryView) => void;
  /** Products already chosen, left out of the matches. */
  exclude?: ReadonlySet<string>;
  placeholder?: string;
  'aria-label'?: string;
}

/** Finds a product by title, handle or SKU through the API, for pickers. */
export function ProductSearchBox({ onPick, exclude, placeholder = 'Search products by title or SKU…', ...control }: ProductSearchBoxProps) {
  const [query, setQuery] = useState('');
  const search = useProductSearch(query);
  const matches = (search.data?.items ?? []).filter((product) => !exclude?.has(product.id));
  const byId = new Map(matches.map((product) => [product.id, product]));

  return (
    <Combobox
      {...control}
      query={query}
      onQueryChange={setQuery}
      loading={search.isFetching}
      placeholder={placeholder}
      emptyText="No product matches."
      options={matches.map((product) => ({
        value: product.id,
        label: product.title,
        description: `${product.handle} · ${product.variantCount} variant${product.variantCount === 1 ? '' : 's'}`,
        leading: <Thumbnail src={product.thumbnailUrl} />,
      }))}
      onSelect={(option) => {
        const product = byId.get(option.value);
        if (product) onPick(product);
        setQuery('');
      }}
    />
  );
}
