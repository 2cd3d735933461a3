import type { CustomerOrderSummaryView } from '@tillpoint/sdk';

export type OrderBadgeTone = 'positive' | 'waiting' | 'progress' | 'quiet' | 'stopped';

export interface OrderBadge {
  label: string;
  tone: OrderBadgeTone;
}

/** The three states an order carries: its own, its payment's and its delivery's. */
export type OrderStates = Pick<CustomerOrderSummaryView, 'status' | 'paymentStatus' | 'fulfilmentStatus'>;

/** What a shopper reads about the money: plain words, not the API's state names. */
const PAYMENT: Record<OrderStates['paymentStatus'], OrderBadge> = {
  pending: { label: 'Awaiting payment', tone: 'waiting' },
  authorized: { label: 'Payment approved', tone: 'progress' },
  paid: { label: 'Paid', tone: 'positive' },
  partially_refunded: { label: 'Partly refunded', tone: 'quiet' },
  refunded: { label: 'Refunded', tone: 'quiet' },
};

const FULFILMENT: Record<OrderStates['fulfilmentStatus'], OrderBadge> = {
  unfulfilled: { label: 'Preparing', tone: 'waiting' },
  partially_fulfilled: { label: 'Partly packed', tone: 'progress' },
  fulfilled: { label: 'Packed', tone: 'progress' },
  shipped: { label: 'On its way', tone: 'progress' },
  delivered: { label: 'Delivered', tone: 'positive' },
};

/** "partially_fulfilled" → "Partially fulfilled": for a state this storefront does not know yet (an API newer than it). */
export function humanize(code: string): string {
  const words = code.replace(/[_.-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A confirmed order that is still unpaid is cash on delivery: its money comes at the door, nothing is overdue. */
const PAY_ON_DELIVERY: OrderBadge = { label: 'Pay on delivery', tone: 'quiet' };

/**
 * The badges an order shows, in reading order. A cancelled order says so instead of how far its
 * delivery got; "Completed" adds nothing to "Delivered", so an open or completed order shows neither.
 */
export function orderBadges(order: OrderStates): OrderBadge[] {
  const payment = PAYMENT[order.paymentStatus] ?? { label: humanize(order.paymentStatus), tone: 'quiet' };
  if (order.status === 'cancelled')
    return [{ label: 'Cancelled', tone: 'stopped' }, ...(order.paymentStatus === 'pending' ? [] : [payment])];
  const fulfilment = FULFILMENT[order.fulfilmentStatus] ?? { label: humanize(order.fulfilmentStatus), tone: 'quiet' };
  const unpaidButConfirmed = order.status === 'confirmed' && order.paymentStatus === 'pending';
  return [unpaidButConfirmed ? PAY_ON_DELIVERY : payment, fulfilment];
}

const PLACED_ON = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "26 November 2026": the day an order was placed. */
export function formatPlacedOn(placedAt: string): string {
  return PLACED_ON.format(new Date(placedAt));
}

/** "1 item", "3 items" */
export function describeItemCount(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

export const orderHref = (id: string): string => `/account/orders/${encodeURIComponent(id)}`;
