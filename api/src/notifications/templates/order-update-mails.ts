import { formatMoney, Money } from '../../platform/money/money';
import { greeting, layout, MailLine, RenderedMail, StoreBrand } from './layout';

/** What every order update names: the order, the customer, and where to read it. */
export interface OrderUpdate {
  number: number;
  firstName: string;
  /** The order in the customer's account, or the guest order lookup page. */
  link: string;
  guest: boolean;
}

export interface ParcelTracking {
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
}

/** Long messages are cut in the email: the whole text is on the order page. */
const EXCERPT_CHARS = 500;

function orderAction(order: OrderUpdate, label = 'View your order') {
  return { label: order.guest ? 'Find your order' : label, url: order.link };
}

/** A guest has no account: the lookup page asks for the number and the email this was sent to. */
function guestHint(order: OrderUpdate): MailLine[] {
  return order.guest ? [`To see it, look up order #${order.number} with this email address.`] : [];
}

function parcelLine(parcel: ParcelTracking, index: number, count: number): MailLine {
  const name = count > 1 ? `Parcel ${index + 1} of ${count}` : 'Your parcel';
  const carrier = parcel.carrier?.trim() ? ` travels with ${parcel.carrier.trim()}` : '';
  const tracking = parcel.trackingNumber?.trim() ? `, tracking number ${parcel.trackingNumber.trim()}` : '';
  const text = carrier || tracking ? `${name}${carrier || ' is on its way'}${tracking}.` : `${name} is on its way (no tracking for it).`;
  return parcel.trackingUrl?.trim() ? { text, link: { label: 'Track it', url: parcel.trackingUrl.trim() } } : text;
}

export function orderShippedMail(brand: StoreBrand, order: OrderUpdate & { parcels: ParcelTracking[] }): RenderedMail {
  return layout(brand, {
    subject: `Your ${brand.name} order #${order.number} is on its way`,
    lines: [
      greeting(order.firstName),
      `Good news: your order #${order.number} has shipped.`,
      ...order.parcels.map((parcel, i) => parcelLine(parcel, i, order.parcels.length)),
      ...guestHint(order),
    ],
    action: orderAction(order, 'Follow your order'),
  });
}

export function orderDeliveredMail(brand: StoreBrand, order: OrderUpdate): RenderedMail {
  return layout(brand, {
    subject: `Your ${brand.name} order #${order.number} was delivered`,
    lines: [
      greeting(order.firstName),
      `Your order #${order.number} has been delivered. We hope you enjoy it.`,
      'If anything is missing or not right, let us know: we will sort it out.',
      ...guestHint(order),
    ],
    action: orderAction(order),
  });
}

export function orderCancelledMail(brand: StoreBrand, order: OrderUpdate & { reason: string | null; refunded: Money }): RenderedMail {
  return layout(brand, {
    subject: `Your ${brand.name} order #${order.number} was cancelled`,
    lines: [
      greeting(order.firstName),
      `Your order #${order.number} has been cancelled.`,
      ...(order.reason?.trim() ? [`Reason: ${order.reason.trim()}`] : []),
      ...(order.refunded.amount > 0
        ? [
            `We refunded ${formatMoney(order.refunded)} to the payment method you used. It can take a few business days to show on your statement.`,
          ]
        : []),
      ...guestHint(order),
    ],
    action: orderAction(order),
  });
}

export function orderRefundedMail(brand: StoreBrand, order: OrderUpdate & { amount: Money; reason: string | null }): RenderedMail {
  const amount = formatMoney(order.amount);
  return layout(brand, {
    subject: `Refund of ${amount} for your ${brand.name} order #${order.number}`,
    lines: [
      greeting(order.firstName),
      `We refunded ${amount} for your order #${order.number}.`,
      ...(order.reason?.trim() ? [`Reason: ${order.reason.trim()}`] : []),
      'It goes back to the payment method you used and can take a few business days to show on your statement.',
      ...guestHint(order),
    ],
    action: orderAction(order),
  });
}

export function orderMessageReplyMail(brand: StoreBrand, order: OrderUpdate & { excerpt: string }): RenderedMail {
  const chars = [...order.excerpt.trim()]; // by code point: an emoji is never cut in half
  const cut = chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('').trimEnd()}…` : chars.join('');
  return layout(brand, {
    subject: `${brand.name} replied about your order #${order.number}`,
    lines: [greeting(order.firstName), `We replied to your message about order #${order.number}:`, { quote: cut }, ...guestHint(order)],
    action: orderAction(order, 'Read and reply'),
  });
}
