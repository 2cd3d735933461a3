import type { AdminProductSummaryView, CollectionView } from '@tillpoint/sdk';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../shared/ui/Button';
import { Field } from '../../../shared/ui/Field';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { Sheet } from '../../../shared/ui/Sheet';
import { LoadingState } from '../../../shared/ui/Spinner';
import { Thumbnail } from '../../../shared/ui/Thumbnail';
import { toast } from '../../../shared/ui/toast';
import { ProductSearchBox } from '../../products/components/ProductSearchBox';
import { ProductStatusBadge } from '../../products/components/ProductStatusBadge';
import { useCollectionMembers, useSetCollectionProducts } from '../use-collections';

/** The collection's products: add them by search, put them in order, save the whole list at once. */
export function CollectionProductsSheet({
  collection,
  onOpenChange,
}: {
  collection: CollectionView;
  onOpenChange: (open: boolean) => void;
}) {
  const members = useCollectionMembers(collection.id);
  return (
    <Sheet
      open
      onOpenChange={onOpenChange}
      title={`Products in “${collection.title}”`}
      description="The order here is the order in the shop."
    >
      {members.isPending && <LoadingState />}
      {members.error && <ProblemNotice error={members.error} className="m-5" />}
      {members.data && <MemberEditor collection={collection} initial={members.data} onDone={() => onOpenChange(false)} />}
    </Sheet>
  );
}

function MemberEditor({
  collection,
  initial,
  onDone,
}: {
  collection: CollectionView;
  initial: AdminProductSummaryView[];
  onDone: () => void;
}) {
  const save = useSetCollectionProducts();
  const [products, setProducts] = useState(initial);
  const ids = new Set(products.map((product) => product.id));
  const changed = products.length !== initial.length || products.some((product, index) => product.id !== initial[index]?.id);

  const move = (from: number, to: number) =>
    setProducts((current) => {
      const next = [...current];
      const [product] = next.splice(from, 1);
      next.splice(to, 0, product);
      return next;
    });

  const submit = () =>
    save.mutate(
      { id: collection.id, productIds: products.map((product) => product.id) },
      {
        onSuccess: () => {
          toast.success(`“${collection.title}” now holds ${products.length} product${products.length === 1 ? '' : 's'}.`);
          onDone();
        },
      },
    );

  return (
    <div className="flex min-h-full flex-col">
      <div className="space-y-4 p-5">
        <Field label="Add a product">
          {(control) => (
            <ProductSearchBox {...control} exclude={ids} onPick={(product) => setProducts((current) => [...current, product])} />
          )}
        </Field>
        {save.error && <ProblemNotice error={save.error} />}
        {products.length === 0 ? (
          <p className="rounded-lg border border-dashed border-stone-300 px-4 py-8 text-center text-stone-500">
            No products yet: search above to add some.
          </p>
        ) : (
          <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200" aria-label="Products in order">
            {products.map((product, index) => (
              <li key={product.id} className="flex items-center gap-3 px-3 py-2">
                <span className="w-6 text-right text-xs text-stone-400 tabular-nums">{index + 1}</span>
                <Thumbnail src={product.thumbnailUrl} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium text-stone-900">{product.title}</span>
                  <ProductStatusBadge status={product.status} />
                </span>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                  aria-label={`Move ${product.title} up`}
                >
                  <ArrowUp aria-hidden />
                </Button>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  disabled={index === products.length - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={`Move ${product.title} down`}
                >
                  <ArrowDown aria-hidden />
                </Button>
                <Button
                  variant="danger-ghost"
                  size="icon-sm"
                  onClick={() => setProducts((current) => current.filter((p) => p.id !== product.id))}
                  aria-label={`Remove ${product.title}`}
                >
                  <X aria-hidden />
                </Button>
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="sticky bottom-0 mt-auto flex items-center justify-between gap-3 border-t border-stone-200 bg-white px-5 py-3">
        <span className="text-stone-500">
          {products.length} product{products.length === 1 ? '' : 's'}
        </span>
        <span className="flex gap-2">
          <Button onClick={onDone}>Cancel</Button>
          <Button variant="primary" onClick={submit} loading={save.isPending} disabled={!changed}>
            Save products
          </Button>
        </span>
      </div>
    </div>
  );
}
