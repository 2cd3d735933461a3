import type { AdminOrderSummaryView } from '@tillpoint/sdk';
import type { BadgeTone } from '../../shared/ui/Badge';

export type OrderStatus = AdminOrderSummaryView['status'];
export type PaymentStatus = AdminOrderSummaryView['paymentStatus'];
export type FulfilmentStatus = AdminOrderSummaryView['fulfilmentStatus'];

interface Label {
  label: string;
  tone: BadgeTone;
}

export const ORDER_STATUS: Record<OrderStatus, Label> = {
  awaiting_payment: { label: 'Awaiting payment', tone: 'warning' },
  confirmed: { label: 'Open', tone: 'info' },
  completed: { label: 'Completed', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

export const PAYMENT_STATUS: Record<PaymentStatus, Label> = {
  pending: { label: 'Payment pending', tone: 'warning' },
  authorized: { label: 'Authorised', tone: 'brand' },
  paid: { label: 'Paid', tone: 'success' },
  partially_refunded: { label: 'Partially refunded', tone: 'neutral' },
  refunded: { label: 'Refunded', tone: 'neutral' },
};

export const FULFILMENT_STATUS: Record<FulfilmentStatus, Label> = {
  unfulfilled: { label: 'Unfulfilled', tone: 'warning' },
  partially_fulfilled: { label: 'Partially fulfilled', tone: 'warning' },
  fulfilled: { label: 'Fulfilled', tone: 'info' },
  shipped: { label: 'Shipped', tone: 'info' },
  delivered: { label: 'Delivered', tone: 'success' },
};

export const ORDER_STATUSES = Object.keys(ORDER_STATUS) as OrderStatus[];
export const PAYMENT_STATUSES = Object.keys(PAYMENT_STATUS) as PaymentStatus[];
export const FULFILMENT_STATUSES = Object.keys(FULFILMENT_STATUS) as FulfilmentStatus[];

export const isOrderStatus = (value: unknown): value is OrderStatus => ORDER_STATUSES.some((status) => status === value);
export const isPaymentStatus = (value: unknown): value is PaymentStatus => PAYMENT_STATUSES.some((status) => status === value);
export const isFulfilmentStatus = (value: unknown): value is FulfilmentStatus => FULFILMENT_STATUSES.some((status) => status === value);

/** "partially_fulfilled" → "Partially fulfilled": for a state or event this admin does not know yet. */
export function humanize(code: string): string {
  const words = code.replace(/[_.-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function paymentStatusLabel(status: string): string {
  return isPaymentStatus(status) ? PAYMENT_STATUS[status].label : humanize(status);
}

export function fulfilmentLabel(status: string): Label {
  return isFulfilmentStatus(status) ? FULFILMENT_STATUS[status] : { label: humanize(status), tone: 'neutral' };
}

const RETURN_STATUS: Record<string, Label> = {
  requested: { label: 'Requested', tone: 'warning' },
  approved: { label: 'Approved, on its way back', tone: 'info' },
  received: { label: 'Received', tone: 'success' },
  rejected: { label: 'Rejected', tone: 'neutral' },
};

const REFUND_STATE: Record<string, Label> = {
  pending: { label: 'Pending', tone: 'warning' },
  succeeded: { label: 'Refunded', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

export function returnStatusLabel(status: string): Label {
  return RETURN_STATUS[status] ?? { label: humanize(status), tone: 'neutral' };
}

export function refundStateLabel(state: string): Label {
  return REFUND_STATE[state] ?? { label: humanize(state), tone: 'neutral' };
}

const PROVIDERS: Record<string, string> = {
  sandbox: 'Test payments',
  stripe: 'Stripe',
  paypal: 'PayPal',
  cash_on_delivery: 'Cash on delivery',
};

export function providerLabel(provider: string): string {
  return PROVIDERS[provider] ?? humanize(provider);
}
