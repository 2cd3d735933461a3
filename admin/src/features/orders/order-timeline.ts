import type { OrderEventView } from '@tillpoint/sdk';
import { formatMoney } from '../../shared/format/money';
import { humanize, paymentStatusLabel, providerLabel } from './order-labels';

export interface EventDescription {
  title: string;
  detail?: string;
  /** A link the event carries, such as a parcel's tracking page. */
  link?: { href: string; label: string };
  /** Written by a person for colleagues (a note): shown as a quote, kept as typed. */
  note?: boolean;
}

type Data = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);
const join = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' · ') || undefined;

function amountOf(data: Data, key = 'amount'): string | undefined {
  const amount = num(data[key]);
  const currency = str(data.currency);
  return amount !== undefined && currency ? formatMoney({ amount, currency }) : undefined;
}

/** "3 items" from an event's `lines: [{ quantity }]`, or with restock/damaged counts on a received return. */
function unitsOf(data: Data): string | undefined {
  if (!Array.isArray(data.lines)) return undefined;
  const count = (key: string) => (data.lines as Data[]).reduce((sum, line) => sum + (num(line[key]) ?? 0), 0);
  const units = count('quantity') || count('restock') + count('damaged');
  return units ? `${units} item${units === 1 ? '' : 's'}` : undefined;
}

function trackingOf(data: Data): Pick<EventDescription, 'detail' | 'link'> {
  const label = join(str(data.carrier), str(data.trackingNumber));
  const href = str(data.trackingUrl);
  return { detail: label, link: href ? { href, label: 'Track parcel' } : undefined };
}

const DESCRIBE: Record<string, (data: Data) => EventDescription> = {
  placed: (data) => {
    const total = amountOf(data, 'total');
    const provider = str(data.provider);
    const parts = [total && `Total ${total}`, provider && `paid with ${providerLabel(provider)}`].filter(Boolean);
    return { title: 'Order placed', detail: parts.length ? parts.join(', ') : undefined };
  },
  payment_status_changed: (data) => {
    const from = str(data.from);
    const to = str(data.to);
    return {
      title:
        from && to
          ? `Payment status changed: ${paymentStatusLabel(from).toLowerCase()} → ${paymentStatusLabel(to).toLowerCase()}`
          : 'Payment status changed',
    };
  },
  cash_collected: (data) => ({ title: 'Cash payment recorded', detail: amountOf(data) }),
  fulfilled: (data) => {
    const tracking = trackingOf(data);
    return { title: 'Items fulfilled', detail: join(unitsOf(data), tracking.detail), link: tracking.link };
  },
  shipped: (data) => {
    const parcels = Array.isArray(data.parcels) ? (data.parcels as Data[]) : [];
    // One parcel's tracking reads inline; several are on the fulfilments card.
    const tracking = parcels.length === 1 ? trackingOf(parcels[0]) : {};
    return { title: 'Marked as shipped', ...tracking };
  },
  delivered: () => ({ title: 'Marked as delivered' }),
  completed: () => ({ title: 'Order completed' }),
  cancelled: (data) => {
    const refunded = num(data.refund) ? amountOf(data, 'refund') : undefined;
    return { title: 'Order cancelled', detail: join(str(data.reason), refunded && `${refunded} refunded`) };
  },
  payment_voided: () => ({ title: 'Card authorisation voided' }),
  payment_void_failed: (data) => ({ title: 'Voiding the card authorisation failed', detail: str(data.message) }),
  refund_requested: (data) => ({ title: `Refund of ${amountOf(data) ?? 'money'} requested`, detail: str(data.reason) }),
  refunded: (data) => ({ title: `Refunded ${amountOf(data) ?? ''}`.trim(), detail: str(data.reason) }),
  refund_failed: (data) => ({ title: `Refund of ${amountOf(data) ?? 'money'} failed`, detail: str(data.message) }),
  return_requested: (data) => ({ title: 'Return requested', detail: join(unitsOf(data), str(data.reason)) }),
  return_approved: () => ({ title: 'Return approved' }),
  return_rejected: () => ({ title: 'Return rejected' }),
  return_received: (data) => {
    const lines = Array.isArray(data.lines) ? (data.lines as Data[]) : [];
    const damaged = lines.reduce((sum, line) => sum + (num(line.damaged) ?? 0), 0);
    return { title: 'Return received', detail: join(unitsOf(data), damaged > 0 && `${damaged} damaged`) };
  },
  shipping_address_changed: (data) => {
    const to = (data.to ?? {}) as Data;
    return { title: 'Shipping address changed', detail: join(str(to.line1), [str(to.postcode), str(to.city)].filter(Boolean).join(' ')) };
  },
  note: (data) => ({ title: 'Note', detail: str(data.text), note: true }),
  message: (data) => ({ title: data.from === 'staff' ? 'Replied to the customer' : 'Customer sent a message' }),
};

/**
 * An order event as a sentence; kinds this admin does not know yet still read as words. Amounts without
 * their own currency are in the order's.
 */
export function describeEvent(event: OrderEventView, currency: string): EventDescription {
  return DESCRIBE[event.kind]?.({ currency, ...event.data }) ?? { title: humanize(event.kind) };
}
