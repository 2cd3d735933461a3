import type { OrderEventView } from '@tillpoint/sdk';
import { formatMoney } from '../../shared/format/money';
import { humanize, paymentStatusLabel, providerLabel } from './order-labels';

export interface EventDescription {
  title: string;
  detail?: string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** An order event as a sentence; kinds this admin does not know yet still read as words. */
export function describeEvent(event: OrderEventView): EventDescription {
  const data = event.data;
  switch (event.kind) {
    case 'placed': {
      const total =
        typeof data.total === 'number' && str(data.currency) ? formatMoney({ amount: data.total, currency: String(data.currency) }) : null;
      const provider = str(data.provider);
      const parts = [total && `Total ${total}`, provider && `paid with ${providerLabel(provider)}`].filter(Boolean);
      return { title: 'Order placed', detail: parts.length ? parts.join(', ') : undefined };
    }
    case 'payment_status_changed': {
      const from = str(data.from);
      const to = str(data.to);
      return {
        title:
          from && to
            ? `Payment status changed: ${paymentStatusLabel(from).toLowerCase()} → ${paymentStatusLabel(to).toLowerCase()}`
            : 'Payment status changed',
      };
    }
    default:
      return { title: humanize(event.kind) };
  }
}
