import { randomUUID } from 'node:crypto';
import type { PaymentProvider } from '../../src/payments/payment-provider';
import { givenFor, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { FakeStripe } from './fakes/fake-stripe';
import { givenPayments, Problem, settingsBody, stripeSection } from './given-payments';

interface Receipt {
  received: true;
  duplicate: boolean;
  paymentId: string | null;
}

interface PaymentBody {
  state: string;
  captured: { amount: number };
  refunded: { amount: number };
  refunds: { providerReference: string; amount: { amount: number }; state: string }[];
  reconciliation: { net: { amount: number }; consistent: boolean; problems: string[] };
}

describe('Stripe webhooks', () => {
  let app: TestApp;
  let owner: GivenStaff;
  let payments: ReturnType<typeof givenPayments>;
  let fake: FakeStripe;
  let stripe: PaymentProvider;

  const deliver = (event: { payload: string; header: string }, headers: Record<string, string> = {}) =>
    call<Receipt & Problem>(app.url, 'POST', '/webhooks/stripe', {
      raw: event.payload,
      headers: { 'stripe-signature': event.header, ...headers },
    });

  const row = async (paymentId: string) => {
    const [payment] = await app.db.manager.query(
      `SELECT state, captured_amount::int AS captured, refunded_amount::int AS refunded, updated_at FROM payments WHERE id = $1`,
      [paymentId],
    );
    return payment as { state: string; captured: number; refunded: number; updated_at: Date };
  };

  const inbox = (eventId: string) =>
    app.db.manager.query(`SELECT type, payment_id, processed_at, provider_reference FROM payment_webhook_events WHERE event_id = $1`, [
      eventId,
    ]) as Promise<{ type: string; payment_id: string | null; processed_at: Date | null; provider_reference: string | null }[]>;

  const announced = (eventId: string) =>
    payments.count('outbox_messages', `topic = 'payments.event' AND payload->>'eventId' = $1`, [eventId]);

  /** A Payment Element checkout under way: our record knows the PaymentIntent, which waits for the shopper. */
  const waitingIntent = async () => {
    const payment = await payments.payment('stripe');
    const outcome = await stripe.start(payments.request(payment));
    await payments.apply(payment.paymentId, outcome);
    return { ...payment, intentId: outcome.providerReference };
  };

  /** Stripe.js confirmed the PaymentIntent in the browser: it succeeded at Stripe. */
  const succeeded = (intentId: string) => {
    fake.completeAuthentication(intentId);
    return { ...fake.intents.get(intentId)! };
  };

  beforeAll(async () => {
    app = await startTestApp();
    owner = await givenFor(app).staff('owner');
    payments = givenPayments(app);
    fake = await FakeStripe.start();
    await payments.configure(owner, settingsBody({ stripe: stripeSection(fake) }));
    stripe = await payments.providers.get('stripe');
  });
  afterAll(async () => {
    await fake.close();
    await app.close();
  });

  it('captures the payment on a correctly signed payment_intent.succeeded, and announces it', async () => {
    const { paymentId, intentId } = await waitingIntent();
    expect(await row(paymentId)).toMatchObject({ state: 'requires_action', captured: 0 });
    const id = `evt_${randomUUID()}`;

    const answer = await deliver(fake.signedEvent('payment_intent.succeeded', succeeded(intentId), { id }));

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ received: true, duplicate: false, paymentId });
    expect(await row(paymentId)).toMatchObject({ state: 'captured', captured: 4995, refunded: 0 });
    expect(await inbox(id)).toEqual([
      { type: 'payment.captured', payment_id: paymentId, processed_at: expect.any(Date), provider_reference: intentId },
    ]);
    expect(await announced(id)).toBe(1);
  });

  it('accepts a signature made within the five-minute tolerance', async () => {
    const { paymentId, intentId } = await waitingIntent();
    const timestamp = Math.floor(Date.now() / 1000) - 240;
    const answer = await deliver(fake.signedEvent('payment_intent.succeeded', succeeded(intentId), { timestamp }));
    expect(answer.status).toBe(200);
    expect(await row(paymentId)).toMatchObject({ state: 'captured' });
  });

  it('rejects a bad signature with a 400 problem and writes nothing', async () => {
    const { paymentId, intentId } = await waitingIntent();
    const intent = succeeded(intentId);
    const before = await row(paymentId);
    const wrongSecret = fake.signedEvent('payment_intent.succeeded', intent, { id: `evt_${randomUUID()}`, secret: 'whsec_not_ours' });
    const signed = fake.signedEvent('payment_intent.succeeded', intent, { id: `evt_${randomUUID()}` });
    const tampered = { payload: signed.payload.replace('"amount_received":4995', '"amount_received":1'), header: signed.header };
    expect(tampered.payload).not.toBe(signed.payload);

    for (const event of [wrongSecret, tampered, { payload: signed.payload, header: '' }]) {
      const answer = await deliver(event);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 400, code: 'webhook_rejected' });
    }
    expect(await payments.count('payment_webhook_events', `payload->'data'->'object'->>'id' = $1`, [intentId])).toBe(0);
    expect(await row(paymentId)).toEqual(before);
  });

  it('rejects an event signed longer ago than the 300 s tolerance', async () => {
    const { paymentId, intentId } = await waitingIntent();
    const id = `evt_${randomUUID()}`;
    const old = fake.signedEvent('payment_intent.succeeded', succeeded(intentId), { id, timestamp: Math.floor(Date.now() / 1000) - 301 });

    const answer = await deliver(old);

    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'webhook_rejected' });
    expect(await inbox(id)).toEqual([]);
    expect(await row(paymentId)).toMatchObject({ state: 'requires_action', captured: 0 });
  });

  it('handles the same event id once: the repeat answers duplicate and changes nothing', async () => {
    const { paymentId, intentId } = await waitingIntent();
    const id = `evt_${randomUUID()}`;
    const intent = succeeded(intentId);
    expect((await deliver(fake.signedEvent('payment_intent.succeeded', intent, { id }))).body).toMatchObject({ duplicate: false });
    const after = await row(paymentId);

    // Stripe retries with the same event id and a fresh signature.
    const again = await deliver(fake.signedEvent('payment_intent.succeeded', intent, { id }));

    expect(again.status).toBe(200);
    expect(again.body).toEqual({ received: true, duplicate: true, paymentId: null });
    expect(await row(paymentId)).toEqual(after);
    expect(await inbox(id)).toHaveLength(1);
    expect(await announced(id)).toBe(1);
  });

  it('never undoes a capture with a late processing or payment_failed event', async () => {
    const { paymentId, intentId } = await waitingIntent();
    const waiting = { ...fake.intents.get(intentId)! };
    const captured = succeeded(intentId);
    expect((await deliver(fake.signedEvent('payment_intent.succeeded', captured))).status).toBe(200);

    const late = [
      fake.signedEvent('payment_intent.processing', { ...waiting, status: 'processing' }),
      fake.signedEvent('payment_intent.payment_failed', {
        ...waiting,
        last_payment_error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
      }),
      fake.signedEvent('payment_intent.canceled', { ...waiting, status: 'canceled' }),
    ];
    for (const event of late) {
      const answer = await deliver(event);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ duplicate: false });
    }

    expect(await row(paymentId)).toMatchObject({ state: 'captured', captured: 4995 });
    const [{ failure_message: failure }] = await app.db.manager.query(`SELECT failure_message FROM payments WHERE id = $1`, [paymentId]);
    expect(failure).toBeNull();
  });

  it('lets a success that follows a failed attempt on the same PaymentIntent win', async () => {
    const { paymentId, intentId } = await waitingIntent();
    const declined = {
      ...fake.intents.get(intentId)!,
      last_payment_error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
    };
    await deliver(fake.signedEvent('payment_intent.payment_failed', declined));
    expect(await row(paymentId)).toMatchObject({ state: 'failed' });

    // The shopper tried another card in the Payment Element: the same PaymentIntent succeeded.
    await deliver(fake.signedEvent('payment_intent.succeeded', succeeded(intentId)));
    expect(await row(paymentId)).toMatchObject({ state: 'captured', captured: 4995 });
  });

  it('keeps an event about a PaymentIntent we do not know, unprocessed, and answers 2xx', async () => {
    const id = `evt_${randomUUID()}`;
    const stranger = {
      id: `pi_unknown_${randomUUID().slice(0, 8)}`,
      object: 'payment_intent',
      amount: 1200,
      amount_received: 1200,
      currency: 'eur',
      status: 'succeeded',
      metadata: { paymentId: randomUUID() },
    };
    const payments0 = await payments.count('payments');

    const answer = await deliver(fake.signedEvent('payment_intent.succeeded', stranger, { id }));

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ received: true, duplicate: false, paymentId: null });
    expect(await inbox(id)).toEqual([{ type: 'payment.captured', payment_id: null, processed_at: null, provider_reference: stranger.id }]);
    expect(await announced(id)).toBe(0);
    expect(await payments.count('payments')).toBe(payments0);
  });

  it('records refunds from charge.refunded once each, so captured − refunded reconciles', async () => {
    const { paymentId, intentId } = await waitingIntent();
    await deliver(fake.signedEvent('payment_intent.succeeded', succeeded(intentId)));
    const first = await stripe.refund(intentId, { amount: 1500, currency: 'EUR' }, `refund-${randomUUID()}`);
    const refund = (id: string, amount: number) => ({
      id,
      object: 'refund',
      amount,
      currency: 'eur',
      status: 'succeeded',
      payment_intent: intentId,
      metadata: {},
    });
    const charge = (refunds: unknown[]) => ({
      id: `ch_${intentId.slice(3)}`,
      object: 'charge',
      amount: 4995,
      amount_refunded: refunds.reduce((sum: number, r) => sum + (r as { amount: number }).amount, 0),
      payment_intent: intentId,
      metadata: { paymentId },
      refunded: false,
      refunds: { object: 'list', data: refunds },
    });
    const firstEvent = fake.signedEvent('charge.refunded', charge([refund(first.refundReference, 1500)]));
    const answer = await deliver(firstEvent);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ paymentId, duplicate: false });
    expect(await row(paymentId)).toMatchObject({ state: 'captured', captured: 4995, refunded: 1500 });

    // The same refund heard again by its refund.updated event, then a second refund (listed first, newest).
    await deliver(fake.signedEvent('refund.updated', refund(first.refundReference, 1500)));
    const second = await stripe.refund(intentId, { amount: 1000, currency: 'EUR' }, `refund-${randomUUID()}`);
    await deliver(fake.signedEvent('charge.refunded', charge([refund(second.refundReference, 1000), refund(first.refundReference, 1500)])));
    await deliver(firstEvent);

    expect(await row(paymentId)).toMatchObject({ state: 'captured', captured: 4995, refunded: 2500 });
    const view = await call<PaymentBody>(app.url, 'GET', `/admin/payments/${paymentId}`, { token: owner.accessToken });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ state: 'captured', captured: { amount: 4995 }, refunded: { amount: 2500 } });
    expect(view.body.refunds.map((r) => [r.providerReference, r.amount.amount, r.state]).sort()).toEqual(
      [
        [first.refundReference, 1500, 'succeeded'],
        [second.refundReference, 1000, 'succeeded'],
      ].sort(),
    );
    expect(view.body.reconciliation).toEqual({ net: { amount: 2495, currency: 'EUR' }, consistent: true, problems: [] });
  });
});
