import { useMemo } from 'react';
import { treeRows, type TreeNode } from '../format/tree-paths';
import type { ControlProps } from './Field';
import { Select } from './Select';

// Radix Select has no empty item, so a sentinel stands for "none".
const NONE = '__none__';

interface CategoryPathSelectProps extends Partial<ControlProps> {
  categories: readonly TreeNode[];
  value: string | null;
  onChange: (id: string | null) => void;
  /** The choice for none at all: "No category", "Top level", "All categories". */
  noneLabel: string;
  /** Categories that may not be chosen, such as a category itself and those below it when moving it. */
  exclude?: ReadonlySet<string>;
  className?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

/** A category shown with its path ("Clothing › Knitwear"), so two "Accessories" are told apart. */
export function CategoryPathSelect({ categories, value, onChange, noneLabel, exclude, ...props }: CategoryPathSelectProps) {
  const options = useMemo(
    () => [
      { value: NONE, label: noneLabel },
      ...treeRows(categories)
        .filter(({ node }) => !exclude?.has(node.id))
        .map(({ node, path }) => ({ value: node.id, label: path })),
    ],
    [categories, exclude, noneLabel],
  );
  return <Select {...props} value={value ?? NONE} options={options} onValueChange={(next) => onChange(next === NONE ? null : next)} />;
}
