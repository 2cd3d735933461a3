import type { MoneyView, OrderView } from '@tillpoint/sdk';
import { formatDayMonth } from './calendar-dates';

/**
 * A tracking link only when it is an http(s) URL: it comes from whoever typed it in the admin, and a
 * `javascript:` or `data:` link on the page would run in the shopper's session.
 */
export function safeTrackingUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface ParcelItem {
  title: string;
  variantTitle: string;
  quantity: number;
}

export interface ParcelSummary {
  id: string;
  heading: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingHref: string | null;
  state: 'packed' | 'shipped' | 'delivered';
  stateLabel: string;
  items: ParcelItem[];
}

/** The order's parcels, oldest first, each with its items and where it is ("Shipped 12 Dec"). */
export function describeParcels(order: Pick<OrderView, 'fulfillments' | 'lines'>): ParcelSummary[] {
  const lines = new Map(order.lines.map((line) => [line.id, line]));
  const parcels = [...order.fulfillments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return parcels.map((parcel, index) => {
    const state = parcel.deliveredAt ? 'delivered' : parcel.shippedAt ? 'shipped' : 'packed';
    const stateLabel =
      state === 'delivered'
        ? `Delivered ${formatDayMonth(parcel.deliveredAt!)}`
        : state === 'shipped'
          ? `Shipped ${formatDayMonth(parcel.shippedAt!)}`
          : 'Packed, ready to ship';
    return {
      id: parcel.id,
      heading: parcels.length === 1 ? 'Your parcel' : `Parcel ${index + 1} of ${parcels.length}`,
      carrier: parcel.carrier?.trim() || null,
      trackingNumber: parcel.trackingNumber?.trim() || null,
      trackingHref: safeTrackingUrl(parcel.trackingUrl),
      state,
      stateLabel,
      items: parcel.lines.flatMap(({ lineId, quantity }) => {
        const line = lines.get(lineId);
        return line ? [{ title: line.title, variantTitle: line.variantTitle, quantity }] : [];
      }),
    };
  });
}

/** What was given back to the shopper: the sum of the refunds on the order's timeline, or null when none. */
export function refundedTotal(order: Pick<OrderView, 'timeline' | 'total'>): MoneyView | null {
  const amount = order.timeline
    .filter((event) => event.kind === 'refunded')
    .reduce((sum, event) => sum + (typeof event.data.amount === 'number' ? event.data.amount : 0), 0);
  return amount > 0 ? { amount, currency: order.total.currency } : null;
}
