import { useMemo } from 'react';
import { treeRows } from '../../../shared/format/tree-paths';
import type { ControlProps } from '../../../shared/ui/Field';
import { MultiSelect } from '../../../shared/ui/MultiSelect';
import { useCategoryList } from '../../categories/use-categories';
import { useCollectionList } from '../../categories/use-collections';
import { ProductMultiPicker } from '../../products/components/ProductMultiPicker';
import type { SaleTarget } from '../sale-labels';

interface SaleTargetsFieldProps extends Partial<ControlProps> {
  appliesTo: Exclude<SaleTarget, 'all'>;
  value: string[];
  onChange: (ids: string[]) => void;
}

/** The categories, collections or products a sale covers, picked from the right list. */
export function SaleTargetsField({ appliesTo, value, onChange, ...control }: SaleTargetsFieldProps) {
  const categories = useCategoryList();
  const collections = useCollectionList();
  const options = useMemo(
    () =>
      appliesTo === 'categories'
        ? treeRows(categories).map(({ node, path }) => ({ value: node.id, label: path }))
        : collections.map((collection) => ({ value: collection.id, label: collection.title })),
    [appliesTo, categories, collections],
  );
  if (appliesTo === 'products') return <ProductMultiPicker {...control} value={value} onChange={onChange} />;
  return (
    <MultiSelect
      {...control}
      options={options}
      value={value}
      onChange={onChange}
      placeholder={appliesTo === 'categories' ? 'Add a category… (its subcategories count too)' : 'Add a collection…'}
    />
  );
}
