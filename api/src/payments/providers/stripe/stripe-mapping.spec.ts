import type Stripe from 'stripe';
import { intentOutcome, stripeEvent } from './stripe-mapping';

function intent(fields: Partial<Stripe.PaymentIntent>): Stripe.PaymentIntent {
  return {
    id: 'pi_1',
    object: 'payment_intent',
    amount: 4995,
    amount_received: 0,
    amount_capturable: 0,
    currency: 'eur',
    client_secret: 'pi_1_secret_x',
    status: 'requires_payment_method',
    metadata: { paymentId: 'p-1', cartId: 'c-1' },
    last_payment_error: null,
    next_action: null,
    setup_future_usage: null,
    customer: null,
    payment_method: null,
    ...fields,
  } as Stripe.PaymentIntent;
}

function event(type: string, object: unknown): Stripe.Event {
  return { id: 'evt_1', object: 'event', type, created: 1_764_633_600, data: { object } } as unknown as Stripe.Event;
}

describe('Stripe PaymentIntents in our words', () => {
  it('maps each status', () => {
    expect(intentOutcome(intent({ status: 'succeeded', amount_received: 4995 }))).toEqual({
      state: 'captured',
      providerReference: 'pi_1',
      capturedAmount: 4995,
    });
    expect(intentOutcome(intent({ status: 'requires_capture' })).state).toBe('authorized');
    expect(intentOutcome(intent({ status: 'processing' })).state).toBe('pending');
    expect(intentOutcome(intent({ status: 'canceled' })).state).toBe('canceled');
  });

  it('asks the storefront to confirm, or sends the shopper to 3-D Secure', () => {
    expect(intentOutcome(intent({})).action).toEqual({ type: 'confirm', clientSecret: 'pi_1_secret_x' });
    const redirect = intentOutcome(
      intent({
        status: 'requires_action',
        next_action: { type: 'redirect_to_url', redirect_to_url: { url: 'https://hooks.stripe.test/3ds', return_url: 'x' } },
      }),
    );
    expect(redirect).toMatchObject({ state: 'requires_action', action: { type: 'redirect', url: 'https://hooks.stripe.test/3ds' } });
  });

  it('fails with the message Stripe gives the shopper', () => {
    const declined = intentOutcome(intent({ last_payment_error: { type: 'card_error', message: 'Your card has insufficient funds.' } }));
    expect(declined).toMatchObject({ state: 'failed', failureMessage: 'Your card has insufficient funds.' });
  });

  it('names the card a payment saved', () => {
    const method = {
      id: 'pm_1',
      object: 'payment_method',
      customer: 'cus_1',
      card: { brand: 'visa', last4: '4242', exp_month: 4, exp_year: 2031 },
    };
    const outcome = intentOutcome(
      intent({ status: 'succeeded', setup_future_usage: 'off_session', customer: 'cus_1', payment_method: method as Stripe.PaymentMethod }),
    );
    expect(outcome.savedMethod).toEqual({
      providerMethodId: 'pm_1',
      brand: 'visa',
      last4: '4242',
      expMonth: 4,
      expYear: 2031,
      providerCustomerId: 'cus_1',
    });
    expect(outcome.providerCustomerId).toBe('cus_1');
  });
});

describe('Stripe events in our words', () => {
  it('maps PaymentIntent events with our ids from the metadata', () => {
    expect(stripeEvent(event('payment_intent.succeeded', intent({ status: 'succeeded', amount_received: 4995 })))).toEqual({
      provider: 'stripe',
      eventId: 'evt_1',
      type: 'payment.captured',
      providerReference: 'pi_1',
      paymentId: 'p-1',
      amount: 4995,
      occurredAt: new Date(1_764_633_600_000),
    });
    expect(stripeEvent(event('payment_intent.amount_capturable_updated', intent({ amount_capturable: 4995 })))).toMatchObject({
      type: 'payment.authorized',
      amount: 4995,
    });
    expect(stripeEvent(event('payment_intent.payment_failed', intent({}))).type).toBe('payment.failed');
    expect(stripeEvent(event('payment_intent.canceled', intent({}))).type).toBe('payment.canceled');
    expect(stripeEvent(event('payment_intent.created', intent({}))).type).toBe('ignored');
  });

  it('maps refunds with their own id, whichever event carries them', () => {
    const refund = { id: 're_1', object: 'refund', amount: 1000, status: 'succeeded', payment_intent: 'pi_1', metadata: {} };
    expect(stripeEvent(event('refund.created', refund))).toMatchObject({
      type: 'refund.succeeded',
      providerReference: 'pi_1',
      refundReference: 're_1',
      amount: 1000,
    });
    expect(stripeEvent(event('refund.failed', { ...refund, status: 'failed' })).type).toBe('refund.failed');
    expect(stripeEvent(event('refund.updated', { ...refund, status: 'pending' })).type).toBe('ignored');
    const charge = { id: 'ch_1', object: 'charge', payment_intent: 'pi_1', metadata: { paymentId: 'p-1' }, refunds: { data: [refund] } };
    expect(stripeEvent(event('charge.refunded', charge))).toMatchObject({
      type: 'refund.succeeded',
      refundReference: 're_1',
      paymentId: 'p-1',
    });
    expect(stripeEvent(event('charge.refunded', { ...charge, refunds: null })).type).toBe('ignored');
  });

  it('ignores the rest', () => {
    expect(stripeEvent(event('customer.created', { id: 'cus_1', object: 'customer' }))).toMatchObject({
      type: 'ignored',
      providerReference: 'cus_1',
    });
  });
});
