import type { StoreOrderEventView } from '@tillpoint/sdk';
import { formatMoney } from './money';
import { humanize } from './order-labels';

/** How an entry is marked on the timeline: good news, a step along the way, or something that stopped. */
export type TimelineTone = 'positive' | 'progress' | 'stopped' | 'neutral';

export interface TimelineEntry {
  title: string;
  detail?: string;
  tone: TimelineTone;
  at: string;
}

export interface TimelineContext {
  /** The order's currency, for amounts an event records without one. */
  currency: string;
}

type Description = Omit<TimelineEntry, 'at'>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** "1 item", "3 items", from an event's `lines: [{ lineId, quantity }]`. */
function itemCount(lines: unknown): string | undefined {
  if (!Array.isArray(lines)) return undefined;
  const count = lines.reduce<number>(
    (sum, line: unknown) =>
      sum + (typeof (line as { quantity?: unknown })?.quantity === 'number' ? (line as { quantity: number }).quantity : 0),
    0,
  );
  return count > 0 ? `${count} ${count === 1 ? 'item' : 'items'}` : undefined;
}

/** An event's amount in minor units (with or without its own currency) or as `{ amount, currency }`. */
function money(value: unknown, currency: unknown, context: TimelineContext): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) {
    return formatMoney({ amount: value, currency: text(currency) ?? context.currency });
  }
  const nested = value as { amount?: unknown; currency?: unknown } | null;
  if (typeof nested === 'object' && nested !== null) return money(nested.amount, nested.currency, context);
  return undefined;
}

/** "Damrak 1, Amsterdam" from an address object, when it has those parts. */
function shortAddress(value: unknown): string | undefined {
  const address = value as { line1?: unknown; city?: unknown } | null;
  if (typeof address !== 'object' || address === null) return undefined;
  const parts = [text(address.line1), text(address.city)].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

function sentences(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter(Boolean);
  return kept.length ? kept.join(' ') : undefined;
}

/** A parcel's carrier and tracking number as a sentence: "On its way with PostNL, tracking number 3S123." */
function parcelDetail(parcel: Record<string, unknown>): string {
  const carrier = text(parcel.carrier);
  const tracking = text(parcel.trackingNumber);
  if (carrier && tracking) return `On its way with ${carrier}, tracking number ${tracking}.`;
  if (carrier) return `On its way with ${carrier}.`;
  if (tracking) return `On its way, tracking number ${tracking}.`;
  return 'Your order is on its way.';
}

/** A shipment lists its tracked parcels (`parcels: [{ carrier, trackingNumber, trackingUrl }]`); one is named, more are counted. */
function shippedDetail(data: Record<string, unknown>): string {
  const parcels = Array.isArray(data.parcels)
    ? data.parcels.filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
    : [data];
  if (parcels.length > 1) return `On its way in ${parcels.length} tracked parcels.`;
  return parcelDetail(parcels[0] ?? {});
}

/** A card payment is usually taken at checkout: the order is placed with its payment already through. */
const PLACED_DETAILS: Record<string, string> = {
  paid: 'We received your order and your payment.',
  authorized: 'We received your order, and your payment is approved.',
};

const PAYMENT_CHANGES: Record<string, Description | null> = {
  authorized: { title: 'Payment approved', tone: 'progress' },
  paid: { title: 'Payment received', tone: 'positive' },
  partially_refunded: { title: 'Part of your payment was refunded', tone: 'neutral' },
  refunded: { title: 'Your payment was refunded', tone: 'neutral' },
  // Back to "pending" is a provider's detail with nothing for the shopper to do.
  pending: null,
};

/**
 * One timeline event in the shopper's words, or null for events they are not shown. Kinds this storefront
 * does not know yet still read as words; staff notes never show, even if an API sent one.
 */
export function describeOrderEvent(event: Pick<StoreOrderEventView, 'kind' | 'data'>, context: TimelineContext): Description | null {
  const data = event.data ?? {};
  switch (event.kind) {
    case 'placed':
      return { title: 'Order placed', detail: PLACED_DETAILS[String(data.paymentStatus)] ?? 'We received your order.', tone: 'progress' };
    case 'payment_status_changed': {
      const to = text(data.to);
      return to && to in PAYMENT_CHANGES ? PAYMENT_CHANGES[to] : { title: 'Payment updated', tone: 'neutral' };
    }
    case 'cash_collected': {
      const amount = money(data.amount, data.currency, context);
      return { title: 'Paid on delivery', detail: amount ? `${amount} received.` : undefined, tone: 'positive' };
    }
    case 'fulfilled': {
      const count = itemCount(data.lines);
      return {
        title: 'Packed',
        detail: count ? `${count} packed and ready to ship.` : 'Your items are packed and ready to ship.',
        tone: 'progress',
      };
    }
    case 'shipped':
      return { title: 'Shipped', detail: shippedDetail(data), tone: 'progress' };
    case 'delivered':
      return { title: 'Delivered', detail: 'Your order has arrived.', tone: 'positive' };
    case 'completed':
      return { title: 'Order completed', tone: 'positive' };
    case 'cancelled': {
      // The refund itself follows as its own event once the provider has made it.
      const refund = money(data.refund ?? data.refunded, data.currency, context);
      const reason = text(data.reason);
      return {
        title: 'Order cancelled',
        detail: sentences(
          reason && `Reason: ${reason.replace(/[.!?]*$/, '.')}`,
          refund && `${refund} will be refunded to your original payment method.`,
        ),
        tone: 'stopped',
      };
    }
    case 'refund_requested': {
      const amount = money(data.amount, data.currency, context);
      return { title: 'Refund started', detail: amount ? `${amount} is on its way back to you.` : undefined, tone: 'neutral' };
    }
    case 'refunded': {
      const amount = money(data.amount, data.currency, context);
      return {
        title: amount ? `${amount} refunded` : 'Refunded',
        detail: 'It can take a few working days to show on your statement.',
        tone: 'positive',
      };
    }
    case 'refund_failed':
      return { title: 'Refund delayed', detail: 'Your refund did not go through yet. We are looking into it.', tone: 'stopped' };
    case 'return_requested': {
      const count = itemCount(data.lines);
      return { title: 'Return requested', detail: count ? `${count} to send back.` : undefined, tone: 'progress' };
    }
    case 'return_approved':
      return { title: 'Return approved', detail: 'You can send the items back.', tone: 'progress' };
    case 'return_rejected':
      return { title: 'Return declined', detail: 'We could not accept this return.', tone: 'stopped' };
    case 'return_received': {
      const count = itemCount(data.lines);
      return { title: 'Return received', detail: count ? `${count} back with us.` : undefined, tone: 'positive' };
    }
    case 'shipping_address_changed': {
      const to = shortAddress(data.to);
      return { title: 'Delivery address changed', detail: to ? `Now delivering to ${to}.` : undefined, tone: 'neutral' };
    }
    case 'message':
      return data.from === 'staff'
        ? { title: 'The store sent you a message', tone: 'neutral' }
        : { title: 'You sent a message', tone: 'neutral' };
    case 'note':
      return null;
    default:
      return { title: humanize(event.kind), tone: 'neutral' };
  }
}

/**
 * The shopper's timeline, newest first (events of the same moment keep their recorded order, reversed). A
 * payment status that only repeats a refund event with its amount ("refunded" after "€10.00 refunded") is left out.
 */
export function customerTimeline(events: readonly StoreOrderEventView[], context: TimelineContext): TimelineEntry[] {
  const refundsRecorded = events.some((event) => event.kind === 'refunded');
  return events
    .filter((event) => {
      if (!refundsRecorded || event.kind !== 'payment_status_changed') return true;
      return event.data?.to !== 'refunded' && event.data?.to !== 'partially_refunded';
    })
    .flatMap((event, index) => {
      const description = describeOrderEvent(event, context);
      return description ? [{ entry: { ...description, at: event.at }, index }] : [];
    })
    .sort((a, b) => Date.parse(b.entry.at) - Date.parse(a.entry.at) || b.index - a.index)
    .map(({ entry }) => entry);
}

const EVENT_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

/** "12 Dec 2026, 14:05 UTC": said in UTC because the page is rendered on a server that cannot know the shopper's zone. */
export function formatEventTime(at: string): string {
  return `${EVENT_TIME.format(new Date(at))} UTC`;
}
