import type Stripe from 'stripe';
import type { PaymentOutcome, ProviderEvent, ProviderEventType, RefundOutcome, SavedMethod } from '../../payment-provider';

export const STRIPE_DECLINED = 'Your card was declined.';

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

/** The card a PaymentIntent saved for later (`setup_future_usage`), when the method came back expanded. */
function savedCard(intent: Stripe.PaymentIntent): Pick<PaymentOutcome, 'savedMethod' | 'providerCustomerId'> {
  const customer = idOf(intent.customer);
  const method = intent.payment_method;
  if (!intent.setup_future_usage || !customer || !method || typeof method === 'string' || !method.card) return {};
  return { savedMethod: cardOf(method), providerCustomerId: customer };
}

export function cardOf(method: Stripe.PaymentMethod): SavedMethod {
  const card = method.card;
  if (!card) throw new Error(`payment method ${method.id} is not a card`);
  return {
    providerMethodId: method.id,
    brand: card.brand,
    last4: card.last4,
    expMonth: card.exp_month,
    expYear: card.exp_year,
    providerCustomerId: idOf(method.customer),
  };
}

/** A PaymentIntent in our words. */
export function intentOutcome(intent: Stripe.PaymentIntent): PaymentOutcome {
  const base = { providerReference: intent.id, capturedAmount: intent.amount_received ?? 0 };
  const confirm = { type: 'confirm' as const, clientSecret: intent.client_secret ?? '' };
  switch (intent.status) {
    case 'succeeded':
      return { ...base, state: 'captured', ...savedCard(intent) };
    case 'requires_capture':
      return { ...base, state: 'authorized', ...savedCard(intent) };
    case 'processing':
      return { ...base, state: 'pending' };
    case 'canceled':
      return { ...base, state: 'canceled' };
    case 'requires_action': {
      const url = intent.next_action?.redirect_to_url?.url;
      return { ...base, state: 'requires_action', action: url ? { type: 'redirect', url } : confirm };
    }
    case 'requires_payment_method':
      if (intent.last_payment_error) {
        return { ...base, state: 'failed', failureMessage: intent.last_payment_error.message ?? STRIPE_DECLINED };
      }
      // No method yet: the storefront collects one with the Payment Element and confirms with the client secret.
      return { ...base, state: 'requires_action', action: confirm };
    default:
      return { ...base, state: 'requires_action', action: confirm };
  }
}

export function refundState(status: string | null): RefundOutcome['state'] {
  if (status === 'succeeded') return 'succeeded';
  if (status === 'failed' || status === 'canceled') return 'failed';
  return 'pending';
}

export function refundOutcome(refund: Stripe.Refund): RefundOutcome {
  return { refundReference: refund.id, state: refundState(refund.status), amount: refund.amount };
}

interface Mapped {
  type: ProviderEventType;
  providerReference: string;
  paymentId?: string | null;
  amount?: number | null;
  refundReference?: string;
}

function fromRefund(refund: Stripe.Refund): Mapped {
  const state = refundState(refund.status);
  return {
    type: state === 'succeeded' ? 'refund.succeeded' : state === 'failed' ? 'refund.failed' : 'ignored',
    providerReference: idOf(refund.payment_intent) ?? refund.id,
    paymentId: refund.metadata?.paymentId ?? null,
    amount: refund.amount,
    refundReference: refund.id,
  };
}

function mapEvent(event: Stripe.Event): Mapped {
  const object = event.data.object as unknown as { id?: string; object?: string };
  if (object.object === 'payment_intent') {
    const intent = object as Stripe.PaymentIntent;
    const of = (type: ProviderEventType, amount: number | null): Mapped => ({
      type,
      providerReference: intent.id,
      paymentId: intent.metadata?.paymentId ?? null,
      amount,
    });
    switch (event.type) {
      case 'payment_intent.succeeded':
        return of('payment.captured', intent.amount_received);
      case 'payment_intent.amount_capturable_updated':
        return of('payment.authorized', intent.amount_capturable);
      case 'payment_intent.payment_failed':
        return of('payment.failed', null);
      case 'payment_intent.canceled':
        return of('payment.canceled', null);
      default:
        return of('ignored', null);
    }
  }
  if (object.object === 'refund') return fromRefund(object as Stripe.Refund);
  if (event.type === 'charge.refunded' && object.object === 'charge') {
    // Each charge.refunded announces one new refund, listed first (newest) when the charge carries its refunds.
    const charge = object as Stripe.Charge;
    const latest = charge.refunds?.data?.[0];
    const reference = idOf(charge.payment_intent) ?? charge.id;
    if (latest) return { ...fromRefund(latest), providerReference: reference, paymentId: charge.metadata?.paymentId ?? null };
    return { type: 'ignored', providerReference: reference, paymentId: charge.metadata?.paymentId ?? null };
  }
  return { type: 'ignored', providerReference: object.id ?? '' };
}

/** A verified Stripe event in our words; events we do not act on are `ignored` (still recorded once). */
export function stripeEvent(event: Stripe.Event): ProviderEvent {
  const mapped = mapEvent(event);
  const providerEvent: ProviderEvent = {
    provider: 'stripe',
    eventId: event.id,
    type: mapped.type,
    providerReference: mapped.providerReference,
    paymentId: mapped.paymentId ?? null,
    amount: mapped.amount ?? null,
    occurredAt: new Date(event.created * 1000),
  };
  if (mapped.refundReference) providerEvent.refundReference = mapped.refundReference;
  return providerEvent;
}
