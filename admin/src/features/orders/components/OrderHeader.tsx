import type { AdminOrderView } from '@tillpoint/sdk';
import { formatDateTime } from '../../../shared/format/dates';
import { FulfilmentStatusBadge, OrderStatusBadge, PaymentStatusBadge } from './OrderBadges';
import { OrderActions } from './OrderActions';

/** The order's number and three states, when it was placed, and what staff can do next. */
export function OrderHeader({ order }: { order: AdminOrderView }) {
  return (
    <header className="mb-5 flex flex-col gap-3 xl:flex-row xl:items-start xl:justify-between">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-xl font-semibold tracking-tight text-stone-900 tabular-nums">Order #{order.number}</h1>
          <OrderStatusBadge status={order.status} />
          <PaymentStatusBadge status={order.paymentStatus} />
          <FulfilmentStatusBadge status={order.fulfilmentStatus} />
        </div>
        <p className="mt-1 text-stone-600">
          Placed <time dateTime={order.placedAt}>{formatDateTime(order.placedAt)}</time>
        </p>
      </div>
      <OrderActions order={order} />
    </header>
  );
}
