import type { OrderView, StoreOrderEventView } from '@tillpoint/sdk';
import { formatDayMonth } from './calendar-dates';
import { formatMoney } from './money';
import { refundedTotal } from './order-tracking';

export type StepState = 'done' | 'current' | 'upcoming' | 'stopped';

export interface ProgressStep {
  key: 'placed' | 'confirmed' | 'shipped' | 'delivered' | 'cancelled';
  label: string;
  state: StepState;
  /** When the step was reached, for "12 Dec" under it. */
  at: string | null;
  /** What is happening on the current step: "Packed", "Awaiting payment". */
  note?: string;
}

export interface OrderProgress {
  /** Where the order is, in a few words: "On its way". */
  headline: string;
  /** One sentence more: "Shipped on 12 Dec." */
  summary: string;
  steps: ProgressStep[];
  /** Money given back, said apart from the steps: "€10.00 was refunded to your original payment method." */
  refundNote: string | null;
}

type ProgressInput = Pick<
  OrderView,
  'status' | 'paymentStatus' | 'fulfilmentStatus' | 'paymentProvider' | 'placedAt' | 'timeline' | 'fulfillments' | 'total'
>;

/** The payment states in which the money is secured (taken, or approved to be taken). */
const SECURED = new Set(['authorized', 'paid', 'partially_refunded', 'refunded']);

const PACKING_NOTES: Record<string, string> = {
  unfulfilled: 'Preparing',
  partially_fulfilled: 'Partly packed',
  fulfilled: 'Packed',
};

function firstEvent(
  timeline: readonly StoreOrderEventView[],
  kind: string,
  test: (event: StoreOrderEventView) => boolean = () => true,
): string | null {
  return timeline.find((event) => event.kind === kind && test(event))?.at ?? null;
}

function earliest(dates: readonly (string | null)[]): string | null {
  const known = dates.filter((date): date is string => date !== null);
  return known.length ? known.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : null;
}

function latest(dates: readonly (string | null)[]): string | null {
  const known = dates.filter((date): date is string => date !== null);
  return known.length ? known.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : null;
}

const on = (at: string | null, what: string): string => (at ? `${what} on ${formatDayMonth(at)}.` : `${what}.`);

/**
 * Where an order is on its way to the shopper: placed → paid (or confirmed, for cash on delivery) →
 * shipped → delivered, with the step in progress marked; a cancelled order ends in a stopped step instead.
 */
export function orderProgress(order: ProgressInput): OrderProgress {
  const { timeline, fulfillments } = order;
  const cashOnDelivery = order.paymentProvider === 'cash_on_delivery';
  const fulfilment = order.fulfilmentStatus;
  const delivered = fulfilment === 'delivered';
  const shipped = delivered || fulfilment === 'shipped';
  const confirmed = order.status === 'confirmed' || order.status === 'completed' || SECURED.has(order.paymentStatus) || shipped;

  // A card payment is usually taken at checkout, so the order is placed paid; later ones change the status.
  const confirmedAt = cashOnDelivery
    ? order.placedAt
    : (firstEvent(timeline, 'placed', (event) => SECURED.has(String(event.data.paymentStatus))) ??
      firstEvent(timeline, 'payment_status_changed', (event) => SECURED.has(String(event.data.to))));
  const shippedAt = firstEvent(timeline, 'shipped') ?? earliest(fulfillments.map((parcel) => parcel.shippedAt));
  const deliveredAt = firstEvent(timeline, 'delivered') ?? latest(fulfillments.map((parcel) => parcel.deliveredAt));
  const refunded = refundedTotal(order);
  const refundNote = refunded ? `${formatMoney(refunded)} was refunded to your original payment method.` : null;
  const placed: ProgressStep = { key: 'placed', label: 'Placed', state: 'done', at: order.placedAt };
  const confirmedLabel = cashOnDelivery ? 'Confirmed' : 'Paid';

  if (order.status === 'cancelled') {
    const cancelledAt = firstEvent(timeline, 'cancelled');
    const steps: ProgressStep[] = [placed];
    if (confirmed) steps.push({ key: 'confirmed', label: confirmedLabel, state: 'done', at: confirmedAt });
    steps.push({ key: 'cancelled', label: 'Cancelled', state: 'stopped', at: cancelledAt });
    const charged = order.paymentStatus === 'paid' || order.paymentStatus === 'partially_refunded' || order.paymentStatus === 'refunded';
    return {
      headline: 'Cancelled',
      summary: [on(cancelledAt, 'This order was cancelled'), !charged && !refunded ? 'You were not charged.' : '']
        .filter(Boolean)
        .join(' '),
      steps,
      refundNote,
    };
  }

  const steps: ProgressStep[] = [
    placed,
    { key: 'confirmed', label: confirmedLabel, state: confirmed ? 'done' : 'upcoming', at: confirmed ? confirmedAt : null },
    { key: 'shipped', label: 'Shipped', state: shipped ? 'done' : 'upcoming', at: shipped ? shippedAt : null },
    { key: 'delivered', label: 'Delivered', state: delivered ? 'done' : 'upcoming', at: delivered ? deliveredAt : null },
  ];
  const next = steps.find((step) => step.state === 'upcoming');
  if (next) {
    next.state = 'current';
    next.note = next.key === 'confirmed' ? 'Awaiting payment' : next.key === 'shipped' ? PACKING_NOTES[fulfilment] : 'On its way';
  }

  if (delivered) return { headline: 'Delivered', summary: on(deliveredAt, 'Your order arrived'), steps, refundNote };
  if (shipped) return { headline: 'On its way', summary: on(shippedAt, 'Your order shipped'), steps, refundNote };
  if (!confirmed) {
    return { headline: 'Waiting for payment', summary: 'We will start on your order once the payment is through.', steps, refundNote };
  }
  const headlines: Record<string, [string, string]> = {
    fulfilled: ['Packed', 'Your order is packed and will ship soon.'],
    partially_fulfilled: ['Partly packed', 'Part of your order is packed; the rest follows soon.'],
  };
  const [headline, summary] = headlines[fulfilment] ?? [
    'Being prepared',
    cashOnDelivery ? 'We are getting your order ready. You pay when it arrives.' : 'We are getting your order ready to ship.',
  ];
  return { headline, summary, steps, refundNote };
}
