import type { PaymentProvider, SavedCardProvider } from '../../src/payments/payment-provider';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { FakeStripe } from './fakes/fake-stripe';
import { eur, givenPayments, settingsBody, stripeSection } from './given-payments';

describe('Stripe provider against a local Stripe API', () => {
  let app: TestApp;
  let given: Given;
  let owner: GivenStaff;
  let payments: ReturnType<typeof givenPayments>;
  let fake: FakeStripe;
  let stripe: PaymentProvider & SavedCardProvider;

  const useCapture = async (captureMethod: 'automatic' | 'manual') => {
    await payments.configure(owner, settingsBody({ stripe: stripeSection(fake, { captureMethod }) }));
    stripe = (await payments.providers.get('stripe')) as PaymentProvider & SavedCardProvider;
  };

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    owner = await given.staff('owner');
    payments = givenPayments(app);
    fake = await FakeStripe.start();
    await useCapture('automatic');
  });
  afterAll(async () => {
    await fake.close();
    await app.close();
  });

  it('takes a payment with a confirmed card, carrying our ids, and a retry gets the same PaymentIntent', async () => {
    const payment = await payments.payment('stripe');
    const request = payments.request(payment, { methodToken: 'pm_card_visa' });
    const outcome = await stripe.start(request);
    expect(outcome).toEqual({ state: 'captured', providerReference: expect.stringMatching(/^pi_/), capturedAmount: 4995 });
    expect(await stripe.start(request)).toEqual(outcome);

    const creates = fake.requests.filter((r) => r.path === '/v1/payment_intents' && r.method === 'POST');
    expect(creates.slice(-2).map((r) => r.idempotencyKey)).toEqual([`payment-${payment.paymentId}`, `payment-${payment.paymentId}`]);
    expect([...fake.intents.values()].filter((i) => (i.metadata as Record<string, string>).paymentId === payment.paymentId)).toHaveLength(
      1,
    );
    expect(fake.intents.get(outcome.providerReference)).toMatchObject({
      amount: 4995,
      currency: 'eur',
      capture_method: 'automatic_async',
      metadata: { paymentId: payment.paymentId, cartId: payment.cartId },
    });
    expect(creates.at(-1)!.params).toMatchObject({
      automatic_payment_methods: { enabled: 'true' },
      confirm: 'true',
      return_url: request.returnUrl,
    });
  });

  it('fails a declined card with the message Stripe gives the shopper', async () => {
    const payment = await payments.payment('stripe');
    const outcome = await stripe.start(payments.request(payment, { methodToken: 'pm_card_chargeDeclined' }));
    expect(outcome).toMatchObject({ state: 'failed', capturedAmount: 0, failureMessage: 'Your card was declined.' });
    expect(await payments.apply(payment.paymentId, outcome)).toMatchObject({ state: 'failed' });
  });

  it('sends the shopper through 3-D Secure, then finds the payment taken', async () => {
    const payment = await payments.payment('stripe');
    const started = await stripe.start(payments.request(payment, { methodToken: 'pm_card_authenticationRequired' }));
    expect(started).toMatchObject({
      state: 'requires_action',
      action: { type: 'redirect', url: `${fake.url}/3ds/${started.providerReference}` },
    });
    fake.completeAuthentication(started.providerReference);
    expect(await stripe.retrieve(started.providerReference)).toMatchObject({ state: 'captured', capturedAmount: 4995 });
  });

  it('leaves confirming to the Payment Element when no method is given', async () => {
    const payment = await payments.payment('stripe');
    const outcome = await stripe.start(payments.request(payment));
    const intent = fake.intents.get(outcome.providerReference)!;
    expect(outcome).toEqual({
      state: 'requires_action',
      providerReference: intent.id,
      capturedAmount: 0,
      action: { type: 'confirm', clientSecret: intent.client_secret },
    });
  });

  it('authorises with manual capture, then captures once per idempotency key', async () => {
    await useCapture('manual');
    try {
      const payment = await payments.payment('stripe');
      const started = await stripe.start(payments.request(payment, { methodToken: 'pm_card_visa' }));
      expect(started).toMatchObject({ state: 'authorized', capturedAmount: 0 });
      const captured = await stripe.capture(started.providerReference, eur(4000), `capture-${payment.paymentId}`);
      expect(captured).toMatchObject({ state: 'captured', capturedAmount: 4000 });
      expect(await stripe.capture(started.providerReference, eur(4000), `capture-${payment.paymentId}`)).toEqual(captured);
      // Another key on a captured PaymentIntent: Stripe refuses, and we answer where it stands.
      expect(await stripe.capture(started.providerReference, eur(4000), 'another-key')).toMatchObject({
        state: 'captured',
        capturedAmount: 4000,
      });

      const other = await payments.payment('stripe');
      const held = await stripe.start(payments.request(other, { methodToken: 'pm_card_visa' }));
      expect(await stripe.cancel(held.providerReference)).toMatchObject({ state: 'canceled' });
    } finally {
      await useCapture('automatic');
    }
  });

  it('refunds in parts and in full, once per idempotency key, and refuses more than is left', async () => {
    const payment = await payments.payment('stripe');
    const { providerReference } = await stripe.start(payments.request(payment, { methodToken: 'pm_card_visa' }));
    const part = await stripe.refund(providerReference, eur(1500), 'refund-a');
    expect(part).toEqual({ refundReference: expect.stringMatching(/^re_/), state: 'succeeded', amount: 1500 });
    expect(await stripe.refund(providerReference, eur(1500), 'refund-a')).toEqual(part);
    await expect(stripe.refund(providerReference, eur(4000), 'refund-b')).rejects.toMatchObject({ code: 'refund_exceeds_captured' });
    expect(await stripe.refund(providerReference, eur(3495), 'refund-c')).toMatchObject({ state: 'succeeded', amount: 3495 });
    await expect(stripe.refund(providerReference, eur(1), 'refund-d')).rejects.toMatchObject({ code: 'refund_exceeds_captured' });
  });

  it('saves a card through a Customer and a SetupIntent, pays with it, and detaches it', async () => {
    const customerId = await stripe.ensureCustomer({ email: 'ada@example.com', customerId: null, providerCustomerId: null });
    const setup = await stripe.createSetup(customerId);
    expect(setup).toEqual({ setupReference: expect.stringMatching(/^seti_/), clientSecret: expect.stringContaining('_secret_') });
    const methodId = fake.confirmSetup(setup.setupReference, 'pm_card_mastercard');
    expect(await stripe.describeMethod(methodId)).toEqual({
      providerMethodId: methodId,
      brand: 'mastercard',
      last4: '4444',
      expMonth: 12,
      expYear: new Date().getUTCFullYear() + 2,
      providerCustomerId: customerId,
    });
    const payment = await payments.payment('stripe');
    const paid = await stripe.start(
      payments.request(payment, {
        savedMethodId: methodId,
        payer: { email: 'ada@example.com', customerId: null, providerCustomerId: customerId },
      }),
    );
    expect(paid).toMatchObject({ state: 'captured', capturedAmount: 4995 });
    await stripe.detachMethod(methodId);
    expect((await stripe.describeMethod(methodId)).providerCustomerId).toBeNull();
    await expect(stripe.describeMethod('pm_missing')).rejects.toMatchObject({ status: 404 });
  });

  it('keeps the card a signed-in payer asked to save while paying', async () => {
    const shopper = await given.customer();
    const [{ id: customerId }] = await app.db.manager.query(`SELECT id FROM customers WHERE email = $1`, [shopper.email]);
    const payment = await payments.payment('stripe', 4995, customerId);
    const outcome = await stripe.start(
      payments.request(payment, {
        methodToken: 'pm_card_visa',
        saveMethod: true,
        payer: { email: shopper.email, customerId, providerCustomerId: null },
      }),
    );
    expect(outcome).toMatchObject({
      state: 'captured',
      providerCustomerId: expect.stringMatching(/^cus_/),
      savedMethod: { brand: 'visa', last4: '4242' },
    });
    await payments.apply(payment.paymentId, outcome);
    const cards = await given.http.get<{ items: { brand: string; last4: string; provider: string }[] }>('/store/me/payment-methods', {
      token: shopper.accessToken,
    });
    expect(cards.body.items).toEqual([expect.objectContaining({ provider: 'stripe', brand: 'visa', last4: '4242' })]);
  });

  it('reports Stripe refusing our key as the provider failing, not as a bug', async () => {
    fake.requests.length = 0;
    const wrongKey = { ...fake, secretKey: 'sk_test_wrongwrongwrong' } as FakeStripe;
    await payments.configure(owner, settingsBody({ stripe: stripeSection(wrongKey, { publishableKey: fake.publishableKey }) }));
    try {
      const broken = await payments.providers.get('stripe');
      await expect(broken.retrieve('pi_x')).rejects.toMatchObject({ status: 502, code: 'payment_provider_unavailable' });
    } finally {
      await useCapture('automatic');
    }
  });
});
