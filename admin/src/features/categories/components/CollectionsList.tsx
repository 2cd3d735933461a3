import type { CollectionView } from '@tillpoint/sdk';
import { Ellipsis, LayoutGrid, ListOrdered, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { describeProblem } from '../../../shared/problems/describe-problem';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { FormSection } from '../../../shared/ui/FormSection';
import { Menu, MenuContent, MenuItem, MenuTrigger } from '../../../shared/ui/Menu';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { LoadingState } from '../../../shared/ui/Spinner';
import { Switch } from '../../../shared/ui/Switch';
import { toast } from '../../../shared/ui/toast';
import { useCollections, useDeleteCollection, useUpdateCollection } from '../use-collections';
import { CollectionDialog } from './CollectionDialog';
import { CollectionProductsSheet } from './CollectionProductsSheet';

type Open = { dialog: 'edit'; collection?: CollectionView } | { dialog: 'products' | 'delete'; collection: CollectionView } | null;

/** Hand-picked groups of products, with a featured switch and their members in order. */
export function CollectionsList({ canManage }: { canManage: boolean }) {
  const collections = useCollections();
  const update = useUpdateCollection();
  const remove = useDeleteCollection();
  const [open, setOpen] = useState<Open>(null);
  const close = (isOpen: boolean) => !isOpen && setOpen(null);

  const setFeatured = (collection: CollectionView, featured: boolean) =>
    update.mutate(
      { id: collection.id, featured },
      {
        onSuccess: () => toast.success(`“${collection.title}” is ${featured ? 'now featured' : 'no longer featured'}.`),
        onError: (error) => toast.error(describeProblem(error).message),
      },
    );

  return (
    <FormSection
      title="Collections"
      description="Groups such as “New arrivals”, in any order you choose. Featured ones lead the home page."
      flush
      actions={
        canManage && (
          <Button size="sm" onClick={() => setOpen({ dialog: 'edit' })}>
            <Plus aria-hidden /> New collection
          </Button>
        )
      }
    >
      {collections.isPending && <LoadingState />}
      {collections.error && <ProblemNotice error={collections.error} className="m-4" />}
      {collections.data?.length === 0 && (
        <EmptyState icon={LayoutGrid} title="No collections yet">
          Collections gather products across categories, for a season or a story.
        </EmptyState>
      )}
      <ul className="divide-y divide-stone-100" aria-label="Collections">
        {collections.data?.map((collection) => (
          <li key={collection.id} className="flex items-center gap-3 px-4 py-2.5 hover:bg-stone-50/60 sm:px-5">
            <span className="min-w-0 flex-1">
              <span className="flex items-center gap-2">
                <span className="truncate font-medium text-stone-900">{collection.title}</span>
                {!canManage && collection.featured && <Badge tone="brand">Featured</Badge>}
              </span>
              <span className="block truncate text-xs text-stone-500">
                /{collection.handle} · {collection.productCount} product{collection.productCount === 1 ? '' : 's'}
              </span>
            </span>
            {canManage && (
              <>
                <label className="flex items-center gap-2 text-xs text-stone-600">
                  <span className="hidden sm:inline">Featured</span>
                  <Switch
                    checked={collection.featured}
                    onCheckedChange={(on) => setFeatured(collection, on)}
                    label={`Feature ${collection.title}`}
                  />
                </label>
                <Menu>
                  <MenuTrigger asChild>
                    <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${collection.title}`}>
                      <Ellipsis aria-hidden />
                    </Button>
                  </MenuTrigger>
                  <MenuContent>
                    <MenuItem icon={ListOrdered} onSelect={() => setOpen({ dialog: 'products', collection })}>
                      Manage products…
                    </MenuItem>
                    <MenuItem icon={Pencil} onSelect={() => setOpen({ dialog: 'edit', collection })}>
                      Edit…
                    </MenuItem>
                    <MenuItem icon={Trash2} tone="danger" onSelect={() => setOpen({ dialog: 'delete', collection })}>
                      Delete…
                    </MenuItem>
                  </MenuContent>
                </Menu>
              </>
            )}
          </li>
        ))}
      </ul>
      {open?.dialog === 'edit' && <CollectionDialog collection={open.collection} onOpenChange={close} />}
      {open?.dialog === 'products' && <CollectionProductsSheet collection={open.collection} onOpenChange={close} />}
      <ConfirmDialog
        open={open?.dialog === 'delete'}
        onOpenChange={close}
        title={`Delete “${open?.collection?.title ?? ''}”?`}
        description="The collection goes; its products stay in the shop. Links to the collection stop working."
        confirmLabel="Delete collection"
        onConfirm={async () => {
          if (open?.dialog !== 'delete') return;
          await remove.mutateAsync(open.collection.id);
          toast.success(`“${open.collection.title}” was deleted.`);
        }}
      />
    </FormSection>
  );
}
