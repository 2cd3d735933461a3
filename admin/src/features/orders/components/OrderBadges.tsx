import type { AdminOrderSummaryView } from '@tillpoint/sdk';
import { Badge } from '../../../shared/ui/Badge';
import { fulfilmentLabel, ORDER_STATUS, PAYMENT_STATUS, type OrderStatus, type PaymentStatus } from '../order-labels';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge tone={ORDER_STATUS[status].tone} dot>
      {ORDER_STATUS[status].label}
    </Badge>
  );
}

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  return (
    <Badge tone={PAYMENT_STATUS[status].tone} dot>
      {PAYMENT_STATUS[status].label}
    </Badge>
  );
}

export function FulfilmentStatusBadge({ status }: { status: AdminOrderSummaryView['fulfilmentStatus'] }) {
  const { label, tone } = fulfilmentLabel(status);
  return (
    <Badge tone={tone} dot>
      {label}
    </Badge>
  );
}
