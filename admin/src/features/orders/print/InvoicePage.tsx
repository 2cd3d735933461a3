import { useParams } from '@tanstack/react-router';
import type { AdminOrderView, MoneyView } from '@tillpoint/sdk';
import { formatDate } from '../../../shared/format/dates';
import { formatMoney } from '../../../shared/format/money';
import { PostalAddress } from '../components/PostalAddress';
import { paymentStatusLabel, providerLabel } from '../order-labels';
import { orderTotalRows } from '../order-totals';
import { DocumentLineCell, documentCell, DocumentTable, type DocumentColumn } from './DocumentTable';
import { DocumentBlock, PrintDocument, ShipToBlock } from './PrintDocument';

const amountCell = `${documentCell} text-right tabular-nums whitespace-nowrap`;
const INVOICE_COLUMNS: DocumentColumn[] = [
  { label: 'Item' },
  { label: 'Qty', numeric: true },
  { label: 'Unit price', numeric: true },
  { label: 'Tax', numeric: true },
  { label: 'Amount', numeric: true },
];

/** The customer's invoice: numbered as the order, dated the day it was placed, with its lines, tax and total. */
export function InvoicePage() {
  const { orderId } = useParams({ from: '/_print/orders/$orderId/invoice' });
  return (
    <PrintDocument orderId={orderId} title="Invoice">
      {(order) => <Invoice order={order} />}
    </PrintDocument>
  );
}

function Invoice({ order }: { order: AdminOrderView }) {
  return (
    <>
      <div className="grid grid-cols-3 gap-8">
        <DocumentBlock label="Bill to">
          <PostalAddress address={order.billingAddress} />
          <p className="mt-1 text-stone-500">{order.email}</p>
        </DocumentBlock>
        <ShipToBlock order={order} />
        <DocumentBlock label="Invoice">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            <dt className="text-stone-500">Number</dt>
            <dd className="tabular-nums">{order.number}</dd>
            <dt className="text-stone-500">Date</dt>
            <dd>{formatDate(order.placedAt)}</dd>
            <dt className="text-stone-500">Payment</dt>
            <dd>{providerLabel(order.paymentProvider)}</dd>
            <dt className="text-stone-500">Status</dt>
            <dd>{paymentStatusLabel(order.paymentStatus)}</dd>
          </dl>
        </DocumentBlock>
      </div>
      <DocumentTable label="Invoice lines" columns={INVOICE_COLUMNS}>
        {order.lines.map((line) => (
          <tr key={line.id}>
            <DocumentLineCell title={line.title} detail={[line.variantTitle, line.sku].filter(Boolean).join(' · ')}>
              {line.discount.amount > 0 && <span className="block text-stone-500">Discount −{formatMoney(line.discount)}</span>}
            </DocumentLineCell>
            <td className={amountCell}>{line.quantity}</td>
            <td className={amountCell}>{formatMoney(line.unitPrice)}</td>
            <td className={amountCell}>{formatMoney(line.tax)}</td>
            <td className={`${amountCell} font-medium text-stone-900`}>{formatMoney(line.total)}</td>
          </tr>
        ))}
      </DocumentTable>
      <InvoiceTotals order={order} />
      <p className="mt-12 text-center text-stone-500">{order.taxesIncluded ? 'Prices include tax. ' : ''}Thank you for your order.</p>
    </>
  );
}

function InvoiceTotals({ order }: { order: AdminOrderView }) {
  const refunded = order.refundedAmount.amount > 0;
  return (
    <dl className="mt-4 ml-auto w-full max-w-xs space-y-1 border-t border-stone-300 pt-3">
      {orderTotalRows(order).map(({ label, money }) => (
        <Total key={label} label={label} money={money} />
      ))}
      <Total label="Total" money={order.total} strong />
      {refunded && <Total label="Refunded" money={{ ...order.refundedAmount, amount: -order.refundedAmount.amount }} />}
      {refunded && (
        <Total label="Net paid" money={{ ...order.paidAmount, amount: order.paidAmount.amount - order.refundedAmount.amount }} />
      )}
    </dl>
  );
}

function Total({ label, money, strong }: { label: string; money: MoneyView; strong?: boolean }) {
  return (
    <div
      className={
        strong
          ? 'flex justify-between gap-4 border-t border-stone-300 pt-1.5 text-base font-semibold text-stone-900'
          : 'flex justify-between gap-4 text-stone-600'
      }
    >
      <dt>{label}</dt>
      <dd className="tabular-nums">{formatMoney(money)}</dd>
    </div>
  );
}
