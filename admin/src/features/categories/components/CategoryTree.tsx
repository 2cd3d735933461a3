import type { CategoryView } from '@tillpoint/sdk';
import { CornerDownRight, Ellipsis, Folder, FolderPlus, FolderTree, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { treeRows } from '../../../shared/format/tree-paths';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { FormSection } from '../../../shared/ui/FormSection';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '../../../shared/ui/Menu';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { LoadingState } from '../../../shared/ui/Spinner';
import { toast } from '../../../shared/ui/toast';
import { useCategories, useDeleteCategory } from '../use-categories';
import { CategoryDialog } from './CategoryDialog';

type Editing = { category?: CategoryView; parentId?: string | null } | null;

/** The shop's categories as an indented tree, with create, rename, move and delete. */
export function CategoryTree({ canManage }: { canManage: boolean }) {
  const categories = useCategories();
  const remove = useDeleteCategory();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CategoryView | null>(null);
  const list = categories.data ?? [];
  const rows = treeRows(list);

  return (
    <FormSection
      title="Categories"
      description="Each product has one category. Products of a subcategory count for its parents too."
      flush
      actions={
        canManage && (
          <Button size="sm" onClick={() => setEditing({ parentId: null })}>
            <Plus aria-hidden /> New category
          </Button>
        )
      }
    >
      {categories.isPending && <LoadingState />}
      {categories.error && <ProblemNotice error={categories.error} className="m-4" />}
      {categories.data && rows.length === 0 && (
        <EmptyState icon={FolderTree} title="No categories yet">
          Categories build the shop's navigation, such as Clothing › Knitwear.
        </EmptyState>
      )}
      <ul className="divide-y divide-stone-100" aria-label="Category tree">
        {rows.map(({ node, depth }) => (
          <li
            key={node.id}
            className="flex items-center gap-2 py-2 pr-3 hover:bg-stone-50/60"
            style={{ paddingLeft: `${1 + depth * 1.5}rem` }}
          >
            {depth > 0 ? (
              <CornerDownRight aria-hidden className="size-4 shrink-0 text-stone-300" />
            ) : (
              <Folder aria-hidden className="size-4 shrink-0 text-stone-400" />
            )}
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium text-stone-900">{node.name}</span>
              <span className="block truncate text-xs text-stone-500">/{node.handle}</span>
            </span>
            <span className="shrink-0 text-xs text-stone-500 tabular-nums">
              {node.productCount} product{node.productCount === 1 ? '' : 's'}
            </span>
            {canManage && (
              <Menu>
                <MenuTrigger asChild>
                  <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${node.name}`}>
                    <Ellipsis aria-hidden />
                  </Button>
                </MenuTrigger>
                <MenuContent>
                  <MenuItem icon={Pencil} onSelect={() => setEditing({ category: node })}>
                    Rename or move…
                  </MenuItem>
                  <MenuItem icon={FolderPlus} onSelect={() => setEditing({ parentId: node.id })}>
                    Add subcategory…
                  </MenuItem>
                  <MenuItem icon={Trash2} tone="danger" onSelect={() => setDeleting(node)}>
                    Delete…
                  </MenuItem>
                </MenuContent>
              </Menu>
            )}
          </li>
        ))}
      </ul>
      {editing && (
        <CategoryDialog
          category={editing.category}
          parentId={editing.parentId}
          categories={list}
          onOpenChange={(open) => !open && setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete “${deleting?.name ?? ''}”?`}
        description="Only an empty category can be deleted: move its products and subcategories elsewhere first."
        confirmLabel="Delete category"
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          toast.success(`“${deleting.name}” was deleted.`);
        }}
      />
    </FormSection>
  );
}
