import type { PaymentOutcome, ProviderEventType, RefundOutcome } from '../../payment-provider';
import { fromPayPalAmount, PayPalAmount } from './paypal-amounts';

export interface PayPalLink {
  href: string;
  rel: string;
  method?: string;
}

export interface PayPalCapture {
  id: string;
  status: string;
  amount?: PayPalAmount;
  custom_id?: string;
  supplementary_data?: { related_ids?: { order_id?: string } };
  links?: PayPalLink[];
}

export interface PayPalOrder {
  id: string;
  status: string;
  links?: PayPalLink[];
  purchase_units?: { custom_id?: string; amount?: PayPalAmount; payments?: { captures?: PayPalCapture[] } }[];
}

export interface PayPalRefund {
  id: string;
  status: string;
  amount?: PayPalAmount;
  custom_id?: string;
  links?: PayPalLink[];
}

export interface PayPalWebhook {
  id: string;
  event_type: string;
  create_time?: string;
  resource?: Record<string, unknown>;
}

export const PAYPAL_DECLINED = 'PayPal declined the payment.';

const TAKEN = new Set(['COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

export function capturesOf(order: PayPalOrder): PayPalCapture[] {
  return order.purchase_units?.[0]?.payments?.captures ?? [];
}

/** Where the payer approves: `payer-action` (with payment_source.paypal) or the older `approve` link. */
export function approveLink(order: PayPalOrder): string | undefined {
  return order.links?.find((link) => link.rel === 'payer-action' || link.rel === 'approve')?.href;
}

/** An Orders v2 order in our words. APPROVED means the payer said yes and it waits for our capture: `authorized`. */
export function orderOutcome(order: PayPalOrder): PaymentOutcome {
  const captures = capturesOf(order);
  const capturedAmount = captures.filter((c) => TAKEN.has(c.status)).reduce((sum, c) => sum + (fromPayPalAmount(c.amount) ?? 0), 0);
  const base = { providerReference: order.id, capturedAmount };
  switch (order.status) {
    case 'COMPLETED':
      if (capturedAmount > 0) return { ...base, state: 'captured' };
      if (captures.some((c) => c.status === 'PENDING')) return { ...base, state: 'pending' };
      return { ...base, state: 'failed', failureMessage: PAYPAL_DECLINED };
    case 'APPROVED':
      return { ...base, state: 'authorized' };
    case 'VOIDED':
      return { ...base, state: 'canceled' };
    default: {
      const url = approveLink(order);
      return { ...base, state: 'requires_action', ...(url ? { action: { type: 'redirect' as const, url } } : {}) };
    }
  }
}

export function refundOutcome(refund: PayPalRefund, requested: number): RefundOutcome {
  const state = refund.status === 'COMPLETED' ? 'succeeded' : refund.status === 'PENDING' ? 'pending' : 'failed';
  return { refundReference: refund.id, state, amount: fromPayPalAmount(refund.amount) ?? requested };
}

export interface MappedPayPalEvent {
  type: ProviderEventType;
  /** The order id; empty when the resource does not name it (a refund), to be looked up. */
  providerReference: string;
  paymentId: string | null;
  amount: number | null;
  refundReference?: string;
  /** For a refund without our ids: the capture it refunds. */
  captureId?: string;
}

/** A verified PayPal webhook in our words; event types we do not act on are `ignored`. */
export function mapPayPalEvent(webhook: PayPalWebhook): MappedPayPalEvent {
  const resource = webhook.resource ?? {};
  switch (webhook.event_type) {
    case 'CHECKOUT.ORDER.APPROVED':
    case 'CHECKOUT.ORDER.COMPLETED':
    case 'CHECKOUT.ORDER.VOIDED': {
      const order = resource as unknown as PayPalOrder;
      const outcome = orderOutcome(order);
      const type: ProviderEventType =
        outcome.state === 'authorized'
          ? 'payment.authorized'
          : outcome.state === 'captured'
            ? 'payment.captured'
            : outcome.state === 'canceled'
              ? 'payment.canceled'
              : 'ignored';
      const amount = type === 'payment.captured' ? outcome.capturedAmount : fromPayPalAmount(order.purchase_units?.[0]?.amount);
      return { type, providerReference: order.id, paymentId: order.purchase_units?.[0]?.custom_id ?? null, amount };
    }
    case 'PAYMENT.CAPTURE.COMPLETED':
    case 'PAYMENT.CAPTURE.DENIED':
    case 'PAYMENT.CAPTURE.DECLINED': {
      const capture = resource as unknown as PayPalCapture;
      return {
        type: webhook.event_type === 'PAYMENT.CAPTURE.COMPLETED' ? 'payment.captured' : 'payment.failed',
        providerReference: capture.supplementary_data?.related_ids?.order_id ?? '',
        paymentId: capture.custom_id ?? null,
        amount: fromPayPalAmount(capture.amount),
        captureId: capture.id,
      };
    }
    case 'PAYMENT.CAPTURE.REFUNDED': {
      const refund = resource as unknown as PayPalRefund;
      const up = refund.links?.find((link) => link.rel === 'up')?.href;
      return {
        type: refund.status === 'COMPLETED' ? 'refund.succeeded' : refund.status === 'PENDING' ? 'ignored' : 'refund.failed',
        providerReference: '',
        paymentId: refund.custom_id ?? null,
        amount: fromPayPalAmount(refund.amount),
        refundReference: refund.id,
        captureId: up ? up.split('/').pop() : undefined,
      };
    }
    default:
      return { type: 'ignored', providerReference: typeof resource.id === 'string' ? resource.id : '', paymentId: null, amount: null };
  }
}
