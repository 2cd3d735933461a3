import type { AdminProductSummaryView } from '@tillpoint/sdk';
import { Archive, CircleCheck, FilePen, Percent, X } from 'lucide-react';
import { useState } from 'react';
import { describeProblem } from '../../../shared/problems/describe-problem';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { toast } from '../../../shared/ui/toast';
import { PRODUCT_STATUS } from '../product-status';
import { useBulkUpdateProducts, type ProductStatus } from '../use-products';
import { AdjustPricesDialog } from './AdjustPricesDialog';

const plural = (count: number) => `${count} product${count === 1 ? '' : 's'}`;

/** What can be done to the ticked products at once; shown above the table while any are ticked. */
export function BulkActionsBar({ products, onDone }: { products: AdminProductSummaryView[]; onDone: () => void }) {
  const bulk = useBulkUpdateProducts();
  const [dialog, setDialog] = useState<'archive' | 'prices' | null>(null);
  const productIds = products.map((product) => product.id);

  const setStatus = async (status: ProductStatus) => {
    const { updated } = await bulk.mutateAsync({ productIds, action: 'set_status', status });
    toast.success(`${plural(updated)} set to ${PRODUCT_STATUS[status].label.toLowerCase()}.`);
    onDone();
  };
  const setStatusNow = (status: ProductStatus) => setStatus(status).catch((error) => toast.error(describeProblem(error).message));

  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-brand-700/20 bg-brand-50 px-3 py-2"
    >
      <span className="mr-1 font-medium text-brand-800">{plural(products.length)} selected</span>
      <Button size="sm" onClick={() => setStatusNow('active')} disabled={bulk.isPending}>
        <CircleCheck aria-hidden /> Activate
      </Button>
      <Button size="sm" onClick={() => setStatusNow('draft')} disabled={bulk.isPending}>
        <FilePen aria-hidden /> Set to draft
      </Button>
      <Button size="sm" onClick={() => setDialog('archive')} disabled={bulk.isPending}>
        <Archive aria-hidden /> Archive…
      </Button>
      <Button size="sm" onClick={() => setDialog('prices')} disabled={bulk.isPending}>
        <Percent aria-hidden /> Adjust prices…
      </Button>
      <Button size="sm" variant="ghost" className="ml-auto" onClick={onDone}>
        <X aria-hidden /> Clear
      </Button>

      <ConfirmDialog
        open={dialog === 'archive'}
        onOpenChange={(open) => !open && setDialog(null)}
        title={`Archive ${plural(products.length)}?`}
        description="Shoppers can no longer find or buy them. Their orders and stock history stay, and you can make them active again later."
        confirmLabel="Archive"
        onConfirm={() => setStatus('archived')}
      />
      {dialog === 'prices' && (
        <AdjustPricesDialog products={products} onOpenChange={(open) => !open && setDialog(null)} onAdjusted={onDone} />
      )}
    </div>
  );
}
