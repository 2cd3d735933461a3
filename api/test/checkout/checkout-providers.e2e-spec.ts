import { randomUUID } from 'node:crypto';
import { CheckoutFollowups } from '../../src/checkout/checkout-followups.processor';
import { stockFor } from '../inventory/stock-fixtures';
import { FakePayPal } from '../payments/fakes/fake-paypal';
import { FakeStripe } from '../payments/fakes/fake-stripe';
import { givenPayments, paypalSection, settingsBody, stripeSection } from '../payments/given-payments';
import { givenFor, Given, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/test-jobs.module';
import { CheckoutBody, givenCheckout } from './given-checkout';

type Checkout = CheckoutBody & { action: { type: string; url: string | null; clientSecret: string | null } | null };

interface PaymentRow {
  id: string;
  state: string;
  captured: number;
  refunded: number;
  order_id: string | null;
  provider_reference: string | null;
}

describe('checkout through Stripe and PayPal, with their webhooks', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let shop: Awaited<ReturnType<typeof givenCheckout>>;
  let stock: ReturnType<typeof stockFor>;
  let payments: ReturnType<typeof givenPayments>;
  let stripe: FakeStripe;
  let paypal: FakePayPal;

  const level = async (variantId: string) => {
    const [row] = await app.db.manager.query(
      `SELECT sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM stock_levels WHERE variant_id = $1`,
      [variantId],
    );
    return { onHand: row.on_hand as number, reserved: row.reserved as number };
  };
  const stocked = async (onHand: number) => {
    const { variantId } = await shop.cart.variant({ price: 2420, trackInventory: true });
    const location = await stock.location(staff.accessToken);
    await stock.receive(staff.accessToken, variantId, location.id, onHand);
    return variantId;
  };
  const ordersOf = async (cartId: string) =>
    (await app.db.manager.query(`SELECT id, payment_status FROM orders WHERE cart_id = $1`, [cartId])) as {
      id: string;
      payment_status: string;
    }[];
  const paymentsOf = async (cartId: string) =>
    (await app.db.manager.query(
      `SELECT id, state, captured_amount::int AS captured, refunded_amount::int AS refunded, order_id, provider_reference
         FROM payments WHERE cart_id = $1 ORDER BY created_at`,
      [cartId],
    )) as PaymentRow[];
  const sold = async (variantId: string) =>
    (await app.db.manager.query(
      `SELECT reference_type, reference_id, on_hand_delta FROM stock_movements WHERE variant_id = $1 AND kind = 'sold'`,
      [variantId],
    )) as { reference_type: string; reference_id: string; on_hand_delta: number }[];
  const cartOf = (cart: { id: string; auth: { token?: string } }) =>
    shop.cart.call<{ status: string; lines: { variantId: string; quantity: number }[]; totals: { total: { amount: number } } }>(
      'get',
      `/store/carts/${cart.id}`,
      cart.auth,
    );
  const pay = (cart: { id: string; auth: { token?: string } }, body: Record<string, unknown>, key?: string) =>
    shop.pay(cart.id, cart.auth, body, key) as Promise<{
      status: number;
      headers: Headers;
      body: Checkout & { code?: string; detail?: string };
    }>;

  const stripeWebhook = (type: string, object: Record<string, unknown>) => {
    const event = stripe.signedEvent(type, object);
    return call<{ duplicate: boolean; paymentId: string | null }>(app.url, 'POST', '/webhooks/stripe', {
      raw: event.payload,
      headers: { 'stripe-signature': event.header },
    });
  };
  /** Every announcement of a payment event about this payment was handled by the worker. */
  const followupsDone = (paymentId: string) =>
    until(
      async () =>
        (await payments.count('outbox_messages', `topic = 'payments.event' AND payload->>'paymentId' = $1 AND status <> 'done'`, [
          paymentId,
        ])) === 0,
    );

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    given = givenFor(app);
    staff = await given.staff('owner');
    stock = stockFor(app, given);
    shop = await givenCheckout(app, given, staff.accessToken);
    payments = givenPayments(app);
    stripe = await FakeStripe.start();
    paypal = await FakePayPal.start();
    await payments.configure(staff, settingsBody({ stripe: stripeSection(stripe), paypal: paypalSection(paypal) }));
  });
  afterAll(async () => {
    await stripe.close();
    await paypal.close();
    await app.close();
  });

  it('places one order when the Stripe webhook arrives before the browser returns, and the browser then finds it', async () => {
    const variantId = await stocked(5);
    const cart = await shop.readyCart(variantId, 2);
    const key = randomUUID();

    const started = await pay(cart, { provider: 'stripe' }, key);

    expect(started.status).toBe(202);
    const [payment] = await paymentsOf(cart.id);
    const intent = stripe.intents.get(payment.provider_reference!)!;
    expect(started.body).toMatchObject({
      status: 'requires_action',
      paymentId: payment.id,
      order: null,
      action: { type: 'confirm', url: null, clientSecret: intent.client_secret },
    });
    expect(intent).toMatchObject({ amount: cart.total, currency: 'eur', metadata: { paymentId: payment.id, cartId: cart.id } });
    expect(await level(variantId)).toEqual({ onHand: 5, reserved: 2 });

    // Stripe.js confirms in the browser; Stripe tells us before the browser comes back.
    stripe.completeAuthentication(intent.id as string);
    const hook = await stripeWebhook('payment_intent.succeeded', { ...intent });
    expect(hook.status).toBe(200);
    expect(hook.body).toMatchObject({ duplicate: false, paymentId: payment.id });

    await until(async () => (await ordersOf(cart.id)).length === 1);
    const [order] = await ordersOf(cart.id);
    expect(order.payment_status).toBe('paid');
    const confirmation = await shop.cart.call<{ id: string }>('get', `/store/carts/${cart.id}/order`, cart.auth);
    expect(confirmation.status).toBe(200);
    expect(confirmation.body.id).toBe(order.id);
    expect(await level(variantId)).toEqual({ onHand: 3, reserved: 0 });

    // The browser comes back and sends the checkout again: with the same key, then with a new one.
    for (const again of [await pay(cart, { provider: 'stripe' }, key), await pay(cart, { provider: 'stripe' })]) {
      expect(again.status).toBe(201);
      expect(again.body).toMatchObject({ status: 'placed', paymentId: payment.id, order: { id: order.id, paymentStatus: 'paid' } });
    }

    expect(await ordersOf(cart.id)).toHaveLength(1);
    expect(await level(variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await sold(variantId)).toEqual([{ reference_type: 'order', reference_id: order.id, on_hand_delta: -2 }]);
    expect(await paymentsOf(cart.id)).toEqual([{ ...payment, state: 'captured', captured: cart.total, refunded: 0, order_id: order.id }]);
    expect([...stripe.intents.values()].filter((i) => (i.metadata as { cartId?: string }).cartId === cart.id)).toHaveLength(1);
    expect(await stock.drift()).toEqual([]);
  });

  it('places the order when the browser returns first, and the late webhook changes nothing', async () => {
    const variantId = await stocked(3);
    const cart = await shop.readyCart(variantId, 1);
    const started = await pay(cart, { provider: 'stripe' });
    expect(started.status).toBe(202);
    const [payment] = await paymentsOf(cart.id);
    stripe.completeAuthentication(payment.provider_reference!);

    const finished = await pay(cart, { provider: 'stripe' });

    expect(finished.status).toBe(201);
    expect(finished.body).toMatchObject({
      status: 'placed',
      paymentId: payment.id,
      order: { paymentStatus: 'paid', total: { amount: cart.total } },
    });
    const orderId = finished.body.order!.id;
    expect(await level(variantId)).toEqual({ onHand: 2, reserved: 0 });

    const hook = await stripeWebhook('payment_intent.succeeded', { ...stripe.intents.get(payment.provider_reference!)! });
    expect(hook.status).toBe(200);
    expect(hook.body).toMatchObject({ duplicate: false, paymentId: payment.id });
    await followupsDone(payment.id);

    expect(await ordersOf(cart.id)).toEqual([{ id: orderId, payment_status: 'paid' }]);
    expect(await level(variantId)).toEqual({ onHand: 2, reserved: 0 });
    expect(await sold(variantId)).toHaveLength(1);
    expect(await paymentsOf(cart.id)).toEqual([{ ...payment, state: 'captured', captured: cart.total, order_id: orderId }]);
  });

  it('keeps the checkout going when a first card fails in the Payment Element and a second one succeeds', async () => {
    const variantId = await stocked(2);
    const cart = await shop.readyCart(variantId, 1);
    expect((await pay(cart, { provider: 'stripe' })).status).toBe(202);
    const [payment] = await paymentsOf(cart.id);
    const intentId = payment.provider_reference!;

    // The first card is declined in the browser: Stripe says so, and the PaymentIntent waits for another method.
    const declined = {
      ...stripe.intents.get(intentId)!,
      last_payment_error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
    };
    expect((await stripeWebhook('payment_intent.payment_failed', declined)).status).toBe(200);
    await followupsDone(payment.id);
    // The second card goes through on the same PaymentIntent.
    stripe.completeAuthentication(intentId);
    expect((await stripeWebhook('payment_intent.succeeded', { ...stripe.intents.get(intentId)! })).status).toBe(200);

    await until(async () => (await ordersOf(cart.id)).length === 1);
    const finished = await pay(cart, { provider: 'stripe' });
    expect(finished.status).toBe(201);
    const [order] = await ordersOf(cart.id);
    expect(finished.body.order?.id).toBe(order.id);
    expect(await paymentsOf(cart.id)).toEqual([{ ...payment, state: 'captured', captured: cart.total, order_id: order.id }]);
    expect(await level(variantId)).toEqual({ onHand: 1, reserved: 0 });
  });

  it('sends the shopper to PayPal, then captures the approved order and places it', async () => {
    const variantId = await stocked(4);
    const cart = await shop.readyCart(variantId, 2);
    const returnUrl = `${app.config.store.storefrontUrl}/checkout/return`;

    const started = await pay(cart, { provider: 'paypal', returnUrl });

    expect(started.status).toBe(202);
    const [payment] = await paymentsOf(cart.id);
    const orderId = payment.provider_reference!;
    expect(started.body).toMatchObject({
      status: 'requires_action',
      paymentId: payment.id,
      order: null,
      action: { type: 'redirect', url: `https://www.sandbox.paypal.com/checkoutnow?token=${orderId}`, clientSecret: null },
    });
    expect(paypal.orders.get(orderId)).toMatchObject({
      purchase_units: [{ custom_id: payment.id, amount: { currency_code: 'EUR', value: (cart.total / 100).toFixed(2) } }],
    });
    expect(await level(variantId)).toEqual({ onHand: 4, reserved: 2 });

    paypal.approve(orderId);
    const finished = await pay(cart, { provider: 'paypal', returnUrl });

    expect(finished.status).toBe(201);
    expect(finished.body).toMatchObject({
      status: 'placed',
      paymentId: payment.id,
      order: { paymentStatus: 'paid', total: { amount: cart.total } },
    });
    const placedId = finished.body.order!.id;
    expect(paypal.orders.get(orderId)!.status).toBe('COMPLETED');
    expect(paypal.calls('POST', `/v2/checkout/orders/${orderId}/capture`)).toBe(1);
    expect(await paymentsOf(cart.id)).toEqual([{ ...payment, state: 'captured', captured: cart.total, refunded: 0, order_id: placedId }]);
    expect(await level(variantId)).toEqual({ onHand: 2, reserved: 0 });

    // PayPal's own word on the capture comes late and changes nothing.
    const delivery = paypal.delivery('PAYMENT.CAPTURE.COMPLETED', paypal.captureOf(orderId));
    const hook = await call(app.url, 'POST', '/webhooks/paypal', { raw: delivery.body, headers: delivery.headers });
    expect(hook.status).toBe(200);
    await followupsDone(payment.id);
    expect(await ordersOf(cart.id)).toEqual([{ id: placedId, payment_status: 'paid' }]);

    const view = await call<{ captured: { amount: number }; reconciliation: { net: { amount: number }; consistent: boolean } }>(
      app.url,
      'GET',
      `/admin/payments/${payment.id}`,
      { token: staff.accessToken },
    );
    expect(view.body).toMatchObject({
      captured: { amount: cart.total },
      reconciliation: { net: { amount: cart.total }, consistent: true },
    });
  });

  it('captures a PayPal approval heard by webhook and places the order, though the payer never came back', async () => {
    const variantId = await stocked(2);
    const cart = await shop.readyCart(variantId, 1);
    expect((await pay(cart, { provider: 'paypal' })).status).toBe(202);
    const [payment] = await paymentsOf(cart.id);
    const orderId = payment.provider_reference!;
    paypal.approve(orderId);

    const delivery = paypal.delivery('CHECKOUT.ORDER.APPROVED', { ...paypal.orders.get(orderId)! });
    const hook = await call(app.url, 'POST', '/webhooks/paypal', { raw: delivery.body, headers: delivery.headers });
    expect(hook.status).toBe(200);

    await until(async () => (await ordersOf(cart.id)).length === 1);
    const [order] = await ordersOf(cart.id);
    expect(order.payment_status).toBe('paid');
    expect(paypal.orders.get(orderId)!.status).toBe('COMPLETED');
    expect(paypal.calls('POST', `/v2/checkout/orders/${orderId}/capture`)).toBe(1);
    expect(await paymentsOf(cart.id)).toEqual([{ ...payment, state: 'captured', captured: cart.total, order_id: order.id }]);
    expect(await level(variantId)).toEqual({ onHand: 1, reserved: 0 });

    // The payer's browser returns after all: the same order.
    const finished = await pay(cart, { provider: 'paypal' });
    expect(finished.status).toBe(201);
    expect(finished.body.order?.id).toBe(order.id);
    expect(await ordersOf(cart.id)).toHaveLength(1);
  });

  /** The stock's hold ran out while the shopper was away: what the queued expiry job does then. */
  const holdRunsOut = async (cartId: string, paymentId: string) => {
    await app.db.manager.query(`UPDATE carts SET reserved_until = now() - interval '1 second' WHERE id = $1`, [cartId]);
    await app.app.get(CheckoutFollowups).onReservationExpired({ cartId, paymentId });
  };

  it('cancels a failed Stripe PaymentIntent when the hold runs out, so it cannot succeed later, and gives the cart back', async () => {
    const variantId = await stocked(2);
    const cart = await shop.readyCart(variantId, 2);
    expect((await pay(cart, { provider: 'stripe' })).status).toBe(202);
    const [payment] = await paymentsOf(cart.id);
    const intentId = payment.provider_reference!;
    const declined = {
      ...stripe.intents.get(intentId)!,
      last_payment_error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' },
    };
    await stripeWebhook('payment_intent.payment_failed', declined);
    await followupsDone(payment.id);
    expect((await cartOf(cart)).body.status).toBe('checking_out');

    await holdRunsOut(cart.id, payment.id);

    expect(stripe.intents.get(intentId)!.status).toBe('canceled');
    expect((await cartOf(cart)).body.status).toBe('open');
    expect(await level(variantId)).toEqual({ onHand: 2, reserved: 0 });
    expect(await paymentsOf(cart.id)).toMatchObject([{ state: 'failed', captured: 0, order_id: null }]);
    expect(await ordersOf(cart.id)).toEqual([]);
  });

  it('captures a PayPal order approved while the hold ran out, and places it', async () => {
    const variantId = await stocked(2);
    const cart = await shop.readyCart(variantId, 1);
    expect((await pay(cart, { provider: 'paypal' })).status).toBe(202);
    const [payment] = await paymentsOf(cart.id);
    paypal.approve(payment.provider_reference!);

    await holdRunsOut(cart.id, payment.id);

    const [order] = await ordersOf(cart.id);
    expect(order).toMatchObject({ payment_status: 'paid' });
    expect(paypal.orders.get(payment.provider_reference!)!.status).toBe('COMPLETED');
    expect(await paymentsOf(cart.id)).toEqual([{ ...payment, state: 'captured', captured: cart.total, order_id: order.id }]);
    expect(await level(variantId)).toEqual({ onHand: 1, reserved: 0 });
  });

  it('answers a Stripe decline with 402 and Stripe’s message, and leaves the cart open, unchanged, its stock released', async () => {
    const variantId = await stocked(3);
    const cart = await shop.readyCart(variantId, 3);
    const before = await cartOf(cart);

    const declined = await pay(cart, { provider: 'stripe', methodToken: 'pm_card_chargeDeclined' });

    expect(declined.status).toBe(402);
    expect(declined.headers.get('content-type')).toContain('application/problem+json');
    expect(declined.body).toMatchObject({ status: 402, code: 'payment_declined', detail: 'Your card was declined.' });
    const after = await cartOf(cart);
    expect(after.body).toMatchObject({ status: 'open' });
    expect(after.body.lines).toEqual(before.body.lines);
    expect(after.body.totals).toEqual(before.body.totals);
    expect(await level(variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await ordersOf(cart.id)).toEqual([]);
    expect(await paymentsOf(cart.id)).toMatchObject([{ state: 'failed', captured: 0, order_id: null }]);
    expect(await stock.drift()).toEqual([]);

    const paid = await pay(cart, { provider: 'stripe', methodToken: 'pm_card_visa' });
    expect(paid.status).toBe(201);
    expect(await level(variantId)).toEqual({ onHand: 0, reserved: 0 });
  });
});
