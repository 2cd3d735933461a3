import type { PaymentProvider } from '../../src/payments/payment-provider';
import { givenFor, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { FakePayPal } from './fakes/fake-paypal';
import { eur, givenPayments, paypalSection, settingsBody } from './given-payments';

describe('PayPal provider against a local PayPal REST API', () => {
  let app: TestApp;
  let owner: GivenStaff;
  let payments: ReturnType<typeof givenPayments>;
  let fake: FakePayPal;
  let paypal: PaymentProvider;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
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

  const approved = async () => {
    const payment = await payments.payment('paypal');
    const started = await paypal.start(payments.request(payment));
    fake.approve(started.providerReference);
    return { payment, reference: started.providerReference };
  };

  it('creates an order for our payment and sends the payer to approve it; a retry gets the same order', async () => {
    const payment = await payments.payment('paypal');
    const request = payments.request(payment);
    const outcome = await paypal.start(request);
    expect(outcome).toEqual({
      state: 'requires_action',
      providerReference: expect.stringMatching(/^[A-Z0-9]{17}$/),
      capturedAmount: 0,
      action: { type: 'redirect', url: `https://www.sandbox.paypal.com/checkoutnow?token=${outcome.providerReference}` },
    });
    expect(await paypal.start(request)).toEqual(outcome);
    expect([...fake.orders.values()].filter((o) => JSON.stringify(o).includes(payment.paymentId))).toHaveLength(1);

    const create = fake.requests.find((r) => r.path === '/v2/checkout/orders' && r.requestId === `order-${payment.paymentId}`)!;
    expect(create.body).toMatchObject({
      intent: 'CAPTURE',
      purchase_units: [{ custom_id: payment.paymentId, amount: { currency_code: 'EUR', value: '49.95' } }],
      payment_source: { paypal: { experience_context: { return_url: request.returnUrl, cancel_url: request.cancelUrl } } },
    });
  });

  it('reads an approved order as authorised, then captures it once per PayPal-Request-Id', async () => {
    const { payment, reference } = await approved();
    expect(await paypal.retrieve(reference)).toEqual({ state: 'authorized', providerReference: reference, capturedAmount: 0 });
    const captured = await paypal.capture(reference, eur(4995), `capture-${payment.paymentId}`);
    expect(captured).toEqual({ state: 'captured', providerReference: reference, capturedAmount: 4995 });
    expect(await paypal.capture(reference, eur(4995), `capture-${payment.paymentId}`)).toEqual(captured);
    expect(fake.requests.filter((r) => r.path.endsWith('/capture')).map((r) => r.requestId)).toContain(`capture-${payment.paymentId}`);
    // Another request id on a captured order: PayPal says ORDER_ALREADY_CAPTURED, and we answer where it stands.
    expect(await paypal.capture(reference, eur(4995), 'another-id')).toMatchObject({ state: 'captured', capturedAmount: 4995 });
    expect(await payments.apply(payment.paymentId, captured)).toMatchObject({ state: 'captured', capturedAmount: 4995 });
  });

  it('fails when PayPal declines the funding source at capture', async () => {
    const payment = await payments.payment('paypal');
    const { providerReference } = await paypal.start(payments.request(payment));
    fake.approve(providerReference, { declines: true });
    expect(await paypal.capture(providerReference, eur(4995), `capture-${payment.paymentId}`)).toMatchObject({
      state: 'failed',
      failureMessage: 'PayPal declined the payment.',
    });
  });

  it('does not capture an order the payer has not approved', async () => {
    const payment = await payments.payment('paypal');
    const { providerReference } = await paypal.start(payments.request(payment));
    expect(await paypal.capture(providerReference, eur(4995), 'too-early')).toMatchObject({ state: 'requires_action' });
    expect(await paypal.cancel(providerReference)).toMatchObject({ state: 'canceled' });
  });

  it('refunds the capture in parts and in full, once per PayPal-Request-Id, and refuses more than is left', async () => {
    const { payment, reference } = await approved();
    await paypal.capture(reference, eur(4995), `capture-${payment.paymentId}`);
    const part = await paypal.refund(reference, eur(995), 'refund-1');
    expect(part).toEqual({ refundReference: expect.stringMatching(/^[A-Z0-9]{17}$/), state: 'succeeded', amount: 995 });
    expect(await paypal.refund(reference, eur(995), 'refund-1')).toEqual(part);
    const refundCall = fake.requests.find((r) => r.path.endsWith('/refund') && r.requestId === 'refund-1')!;
    expect(refundCall.body).toEqual({ amount: { currency_code: 'EUR', value: '9.95' }, custom_id: payment.paymentId });
    await expect(paypal.refund(reference, eur(4001), 'refund-2')).rejects.toMatchObject({ code: 'refund_exceeds_captured' });
    expect(await paypal.refund(reference, eur(4000), 'refund-3')).toMatchObject({ state: 'succeeded', amount: 4000 });
    expect(fake.captureOf(reference).status).toBe('REFUNDED');
    await expect(paypal.refund(reference, eur(1), 'refund-4')).rejects.toMatchObject({ code: 'refund_exceeds_captured' });
  });

  it('gets an OAuth token with the client credentials once and reuses it', async () => {
    const before = fake.tokenRequests.length;
    const payment = await payments.payment('paypal');
    await paypal.start(payments.request(payment));
    await paypal.start(payments.request(await payments.payment('paypal')));
    expect(fake.tokenRequests.length).toBe(before);
    expect(fake.tokenRequests.length).toBeGreaterThanOrEqual(1);
  });

  it('answers 404 for an order PayPal does not know', async () => {
    await expect(paypal.retrieve('UNKNOWN0000000000')).rejects.toMatchObject({ status: 404 });
  });
});
