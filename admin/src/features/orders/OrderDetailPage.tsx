import { Link, useParams } from '@tanstack/react-router';
import type { AdminOrderView } from '@tillpoint/sdk';
import { ArrowLeft } from 'lucide-react';
import { formatDateTime } from '../../shared/format/dates';
import { ProblemNotice } from '../../shared/ui/Notice';
import { LoadingState } from '../../shared/ui/Spinner';
import { FulfilmentStatusBadge, OrderStatusBadge, PaymentStatusBadge } from './components/OrderBadges';
import { OrderFacts } from './components/OrderFacts';
import { OrderLinesSection } from './components/OrderLinesSection';
import { OrderTimeline } from './components/OrderTimeline';
import { useOrder } from './use-orders';

export function OrderDetailPage() {
  const { orderId } = useParams({ from: '/_app/orders/$orderId' });
  const order = useOrder(orderId);
  if (order.error)
    return (
      <>
        <BackLink />
        <ProblemNotice error={order.error} title="The order could not be loaded" />
      </>
    );
  if (!order.data) return <LoadingState label="Loading the order…" />;
  return <OrderDetail order={order.data} />;
}

function OrderDetail({ order }: { order: AdminOrderView }) {
  return (
    <>
      <BackLink />
      <header className="mb-5">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-xl font-semibold tracking-tight text-stone-900 tabular-nums">Order #{order.number}</h1>
          <OrderStatusBadge status={order.status} />
          <PaymentStatusBadge status={order.paymentStatus} />
          <FulfilmentStatusBadge status={order.fulfilmentStatus} />
        </div>
        <p className="mt-1 text-stone-600">
          Placed <time dateTime={order.placedAt}>{formatDateTime(order.placedAt)}</time>
        </p>
      </header>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <OrderLinesSection order={order} />
          <OrderTimeline events={order.timeline} />
        </div>
        <OrderFacts order={order} />
      </div>
    </>
  );
}

function BackLink() {
  return (
    <Link to="/orders" className="mb-2 inline-flex items-center gap-1 text-[13px] font-medium text-stone-500 hover:text-stone-900">
      <ArrowLeft aria-hidden className="size-3.5" /> Orders
    </Link>
  );
}
