import type { PaymentProvider } from '../../src/payments/payment-provider';
import { givenFor, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { FakePayPal } from './fakes/fake-paypal';
import { eur, givenPayments, paypalSection, Problem, settingsBody } from './given-payments';

interface Receipt {
  received: true;
  duplicate: boolean;
  paymentId: string | null;
}

describe('PayPal webhooks', () => {
  let app: TestApp;
  let owner: GivenStaff;
  let payments: ReturnType<typeof givenPayments>;
  let fake: FakePayPal;
  let paypal: PaymentProvider;

  const deliver = (delivery: { body: string; headers: Record<string, string> }) =>
    call<Receipt & Problem>(app.url, 'POST', '/webhooks/paypal', { raw: delivery.body, headers: delivery.headers });

  const row = async (paymentId: string) => {
    const [payment] = await app.db.manager.query(
      `SELECT state, captured_amount::int AS captured, refunded_amount::int AS refunded, updated_at FROM payments WHERE id = $1`,
      [paymentId],
    );
    return payment as { state: string; captured: number; refunded: number; updated_at: Date };
  };

  const inbox = (eventId: string) =>
    app.db.manager.query(`SELECT type, payment_id, processed_at FROM payment_webhook_events WHERE provider = 'paypal' AND event_id = $1`, [
      eventId,
    ]) as Promise<{ type: string; payment_id: string | null; processed_at: Date | null }[]>;

  const eventIdOf = (delivery: { body: string }) => (JSON.parse(delivery.body) as { id: string }).id;

  /**
   * The payer approved and PayPal captured, but our capture call never came back (a timeout, a crash):
   * our record still waits for the payer, and only the webhook tells us the money was taken.
   */
  const capturedBehindOurBack = async () => {
    const payment = await payments.payment('paypal');
    const started = await paypal.start(payments.request(payment));
    await payments.apply(payment.paymentId, started);
    fake.approve(started.providerReference);
    await paypal.capture(started.providerReference, eur(4995), `capture-${payment.paymentId}`);
    return { ...payment, orderId: started.providerReference, capture: fake.captureOf(started.providerReference) };
  };

  beforeAll(async () => {
    app = await startTestApp();
    owner = await givenFor(app).staff('owner');
    payments = givenPayments(app);
    fake = await FakePayPal.start();
    await payments.configure(owner, settingsBody({ paypal: paypalSection(fake) }));
    paypal = await payments.providers.get('paypal');
  });
  afterAll(async () => {
    await fake.close();
    await app.close();
  });

  it('captures the payment on a verified PAYMENT.CAPTURE.COMPLETED', async () => {
    const { paymentId, orderId, capture } = await capturedBehindOurBack();
    expect(await row(paymentId)).toMatchObject({ state: 'requires_action', captured: 0 });
    const verifications = fake.calls('POST', '/v1/notifications/verify-webhook-signature');
    const delivery = fake.delivery('PAYMENT.CAPTURE.COMPLETED', capture);

    const answer = await deliver(delivery);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ received: true, duplicate: false, paymentId });
    expect(fake.calls('POST', '/v1/notifications/verify-webhook-signature')).toBe(verifications + 1);
    const verify = fake.requests.filter((r) => r.path === '/v1/notifications/verify-webhook-signature').at(-1)!;
    expect(verify.body).toMatchObject({ webhook_id: fake.webhookId, transmission_id: delivery.headers['paypal-transmission-id'] });
    expect(await row(paymentId)).toMatchObject({ state: 'captured', captured: 4995, refunded: 0 });
    expect(await inbox(eventIdOf(delivery))).toEqual([{ type: 'payment.captured', payment_id: paymentId, processed_at: expect.any(Date) }]);
    const [{ provider_reference: reference }] = await app.db.manager.query(`SELECT provider_reference FROM payments WHERE id = $1`, [
      paymentId,
    ]);
    expect(reference).toBe(orderId);
  });

  it('rejects a tampered body, another webhook id, or missing transmission headers with 400, and writes nothing', async () => {
    const { paymentId, capture } = await capturedBehindOurBack();
    const before = await row(paymentId);
    const tampered = fake.delivery('PAYMENT.CAPTURE.COMPLETED', capture, { tamper: true });
    const otherWebhook = fake.delivery('PAYMENT.CAPTURE.COMPLETED', capture, { webhookId: 'WH-SOMEONE-ELSES-HOOK' });
    const unsigned = fake.delivery('PAYMENT.CAPTURE.COMPLETED', capture);
    const { ['paypal-transmission-sig']: _dropped, ...withoutSignature } = unsigned.headers;

    for (const delivery of [tampered, otherWebhook, { body: unsigned.body, headers: withoutSignature }]) {
      const answer = await deliver(delivery);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 400, code: 'webhook_rejected' });
      expect(await inbox(eventIdOf(delivery))).toEqual([]);
    }
    expect(await row(paymentId)).toEqual(before);
  });

  it('takes a redelivery of the same event once', async () => {
    const { paymentId, capture } = await capturedBehindOurBack();
    const first = fake.delivery('PAYMENT.CAPTURE.COMPLETED', capture);
    expect((await deliver(first)).body).toMatchObject({ duplicate: false, paymentId });
    const after = await row(paymentId);

    // PayPal redelivers: the same event id, a new transmission.
    const again = await deliver(fake.delivery('PAYMENT.CAPTURE.COMPLETED', capture, { id: eventIdOf(first) }));

    expect(again.status).toBe(200);
    expect(again.body).toEqual({ received: true, duplicate: true, paymentId: null });
    expect(await row(paymentId)).toEqual(after);
    expect(await inbox(eventIdOf(first))).toHaveLength(1);
    expect(await payments.count('outbox_messages', `topic = 'payments.event' AND payload->>'eventId' = $1`, [eventIdOf(first)])).toBe(1);
  });

  it('records a refund announced by PAYMENT.CAPTURE.REFUNDED once, found through its capture', async () => {
    const { paymentId, orderId, capture } = await capturedBehindOurBack();
    await deliver(fake.delivery('PAYMENT.CAPTURE.COMPLETED', capture));
    const refund = await paypal.refund(orderId, eur(995), 'refund-by-staff-in-paypal');
    // A refund made in PayPal's own dashboard carries no custom_id: only its link up to the capture.
    const resource = {
      id: refund.refundReference,
      status: 'COMPLETED',
      amount: { currency_code: 'EUR', value: '9.95' },
      links: [{ rel: 'up', method: 'GET', href: `${fake.url}/v2/payments/captures/${capture.id as string}` }],
    };
    const delivery = fake.delivery('PAYMENT.CAPTURE.REFUNDED', resource);
    expect((await deliver(delivery)).body).toMatchObject({ duplicate: false, paymentId });
    await deliver(fake.delivery('PAYMENT.CAPTURE.REFUNDED', resource));

    expect(await row(paymentId)).toMatchObject({ state: 'captured', captured: 4995, refunded: 995 });
    const view = await call<{ reconciliation: { net: { amount: number }; consistent: boolean } }>(
      app.url,
      'GET',
      `/admin/payments/${paymentId}`,
      { token: owner.accessToken },
    );
    expect(view.body.reconciliation).toMatchObject({ net: { amount: 4000 }, consistent: true });
  });
});
