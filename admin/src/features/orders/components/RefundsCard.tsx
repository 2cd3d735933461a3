import type { AdminOrderView, MoneyView } from '@tillpoint/sdk';
import { formatDateTime } from '../../../shared/format/dates';
import { formatMoney } from '../../../shared/format/money';
import { Badge } from '../../../shared/ui/Badge';
import { Card } from '../../../shared/ui/Card';
import { refundStateLabel } from '../order-labels';

/** What was paid, what went back and what still can, then each refund with how it went. */
export function RefundsCard({ order }: { order: AdminOrderView }) {
  if (order.paidAmount.amount === 0 && order.refunds.length === 0) return null;
  return (
    <Card>
      <section aria-labelledby="order-refunds">
        <h2 id="order-refunds" className="border-b border-stone-100 px-4 py-3 font-semibold text-stone-900">
          Refunds
        </h2>
        <dl className="space-y-1.5 px-4 py-3.5">
          <Amount label="Paid" money={order.paidAmount} />
          <Amount label="Refunded" money={order.refundedAmount} negative />
          <Amount label="Left to refund" money={order.refundableAmount} strong />
        </dl>
        {order.refunds.length > 0 && (
          <ul aria-label="Refunds" className="divide-y divide-stone-100 border-t border-stone-100">
            {order.refunds.map((refund) => {
              const { label, tone } = refundStateLabel(refund.state);
              return (
                <li key={refund.id} className="space-y-0.5 px-4 py-3">
                  <div className="flex items-center justify-between gap-2">
                    <span className="font-medium text-stone-900 tabular-nums">{formatMoney(refund.amount)}</span>
                    <Badge tone={tone}>{label}</Badge>
                  </div>
                  {refund.reason && <p className="text-stone-700">{refund.reason}</p>}
                  {refund.failureMessage && <p className="text-red-700">{refund.failureMessage}</p>}
                  <p className="text-xs text-stone-500">
                    {formatDateTime(refund.createdAt)}
                    {refund.returnId && ' · for a return'}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </Card>
  );
}

function Amount({ label, money, negative, strong }: { label: string; money: MoneyView; negative?: boolean; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-3 ${strong ? 'font-semibold text-stone-900' : 'text-stone-600'}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{formatMoney(negative && money.amount ? { ...money, amount: -money.amount } : money)}</dd>
    </div>
  );
}
