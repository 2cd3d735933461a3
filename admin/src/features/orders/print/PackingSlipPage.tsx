import { useParams } from '@tanstack/react-router';
import type { AdminOrderView } from '@tillpoint/sdk';
import { PostalAddress } from '../components/PostalAddress';
import { DocumentBlock, DocumentTable, PrintDocument } from './PrintDocument';

const cell = 'py-2.5 pr-4 align-top last:pr-0';

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
        <DocumentBlock label="Ship to">
          <PostalAddress address={order.shippingAddress} />
        </DocumentBlock>
        <DocumentBlock label="Delivery">
          <p>{order.shippingMethod.name}</p>
          <p className="text-stone-500">{order.email}</p>
        </DocumentBlock>
      </div>
      <DocumentTable
        label="Items to pack"
        head={
          <>
            <th scope="col" className="w-8 py-2">
              <span className="sr-only">Packed</span>
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Item
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              SKU
            </th>
            <th scope="col" className="py-2 text-right font-semibold">
              Qty
            </th>
          </>
        }
      >
        {order.lines.map((line) => (
          <tr key={line.id}>
            <td className={cell}>
              <span aria-hidden className="mt-0.5 block size-4 rounded-sm border border-stone-400" />
            </td>
            <td className={cell}>
              <span className="block font-medium text-stone-900">{line.title}</span>
              {line.variantTitle && <span className="block text-stone-500">{line.variantTitle}</span>}
            </td>
            <td className={`${cell} font-mono text-xs text-stone-600`}>{line.sku}</td>
            <td className={`${cell} text-right text-base font-semibold text-stone-900 tabular-nums`}>{line.quantity}</td>
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
