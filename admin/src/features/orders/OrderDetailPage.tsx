import { Link, useParams } from '@tanstack/react-router';
import type { AdminOrderView } from '@tillpoint/sdk';
import { ArrowLeft } from 'lucide-react';
import { ProblemNotice } from '../../shared/ui/Notice';
import { LoadingState } from '../../shared/ui/Spinner';
import { useCan } from '../auth/use-me';
import { OrderMessagesPanel } from '../messages/components/OrderMessagesPanel';
import { FulfillmentsCard } from './components/FulfillmentsCard';
import { OrderFacts } from './components/OrderFacts';
import { OrderHeader } from './components/OrderHeader';
import { OrderLinesSection } from './components/OrderLinesSection';
import { OrderNoteBox } from './components/OrderNoteBox';
import { OrderTimeline } from './components/OrderTimeline';
import { RefundsCard } from './components/RefundsCard';
import { ReturnsCard } from './components/ReturnsCard';
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
  const canNote = useCan('orders:manage');
  return (
    <>
      <BackLink />
      <OrderHeader order={order} />
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <OrderLinesSection order={order} />
          <FulfillmentsCard order={order} />
          <ReturnsCard order={order} />
          <OrderTimeline events={order.timeline} currency={order.total.currency}>
            {canNote && <OrderNoteBox orderId={order.id} />}
          </OrderTimeline>
          <OrderMessagesPanel orderId={order.id} />
        </div>
        <div className="space-y-5">
          <OrderFacts order={order} />
          <RefundsCard order={order} />
        </div>
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
