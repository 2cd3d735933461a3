import { useParams } from '@tanstack/react-router';
import type { AdminOrderView } from '@tillpoint/sdk';
import { DocumentLineCell, documentCell, DocumentTable, type DocumentColumn } from './DocumentTable';
import { DocumentBlock, PrintDocument, ShipToBlock } from './PrintDocument';

const PACKING_COLUMNS: DocumentColumn[] = [
  { label: 'Packed', tickBoxes: true },
  { label: 'Item' },
  { label: 'SKU' },
  { label: 'Qty', numeric: true },
];

/** What goes into the box: the lines to pack with a box to tick, and where the parcel goes. */
export function PackingSlipPage() {
  const { orderId } = useParams({ from: '/_print/orders/$orderId/packing-slip' });
  return (
    <PrintDocument orderId={orderId} title="Packing slip">
      {(order) => <PackingSlip order={order} />}
    </PrintDocument>
  );
}

function PackingSlip({ order }: { order: AdminOrderView }) {
  const units = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <>
      <div className="grid grid-cols-2 gap-8">
        <ShipToBlock order={order} />
        <DocumentBlock label="Delivery">
          <p>{order.shippingMethod.name}</p>
          <p className="text-stone-500">{order.email}</p>
        </DocumentBlock>
      </div>
      <DocumentTable label="Items to pack" columns={PACKING_COLUMNS}>
        {order.lines.map((line) => (
          <tr key={line.id}>
            <td className={documentCell}>
              <span aria-hidden className="mt-0.5 block size-4 rounded-sm border border-stone-400" />
            </td>
            <DocumentLineCell title={line.title} detail={line.variantTitle} />
            <td className={`${documentCell} font-mono text-xs text-stone-600`}>{line.sku}</td>
            <td className={`${documentCell} text-right text-base font-semibold text-stone-900 tabular-nums`}>{line.quantity}</td>
          </tr>
        ))}
      </DocumentTable>
      <p className="mt-4 border-t border-stone-300 pt-3 text-right font-medium text-stone-900">
        {units} item{units === 1 ? '' : 's'} in total
      </p>
      <p className="mt-12 text-center text-stone-500">Thank you for your order. Questions? Reply to your order confirmation email.</p>
    </>
  );
}
