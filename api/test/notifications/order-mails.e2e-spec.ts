import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OrderMailTarget, OrderNotifications } from '../../src/notifications/order-notifications.service';
import { formatMoney } from '../../src/platform/money/money';
import { ANNA, givenCheckout } from '../checkout/given-checkout';
import { givenFor, Given, GivenCustomer, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/test-jobs.module';
import { SmtpInbox, startSmtpInbox } from './smtp-inbox';

const STOREFRONT = 'https://shop.tillpoint.test';
const COLOUR = '#b45309';

interface MailRow {
  id: string;
  template: string;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date | null;
}

describe('order emails, delivered over SMTP', () => {
  let inbox: SmtpInbox;
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let shop: Awaited<ReturnType<typeof givenCheckout>>;
  let variantId: string;
  let notifications: OrderNotifications;
  const tag = randomUUID().slice(0, 8);
  const eur = (amount: number) => formatMoney({ amount, currency: 'EUR' });

  /** Places an order through checkout and returns what the order emails need, read from the order row. */
  const placeOrder = async (email: string, customer?: GivenCustomer) => {
    const cart = await shop.readyCart(variantId, 2, customer?.accessToken, { email, shippingAddress: { ...ANNA, firstName: 'Anna' } });
    const paid = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' });
    if (paid.status !== 201) throw new Error(JSON.stringify(paid.body));
    const [row] = await app.db.manager.query(
      `SELECT id, number::int AS number, email, customer_id, currency, shipping_address->>'firstName' AS first_name FROM orders WHERE id = $1`,
      [paid.body.order!.id],
    );
    const target: OrderMailTarget = {
      id: row.id,
      number: row.number,
      email: row.email,
      customerId: row.customer_id,
      firstName: row.first_name,
      currency: row.currency.trim(),
    };
    return { target, total: cart.total };
  };
  const notify = (work: (tx: EntityManager) => Promise<void>) => app.db.transaction(work);
  const rows = (to: string): Promise<MailRow[]> =>
    app.db.manager.query(
      `SELECT id, template, status, attempts, last_error, next_attempt_at FROM mail_messages WHERE to_address = $1 ORDER BY created_at`,
      [to],
    );

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    app = await startTestApp({
      worker: true,
      env: { SMTP_URL: inbox.url, STORE_NAME: 'Corner & Co', STORE_COLOUR: COLOUR, STOREFRONT_URL: STOREFRONT },
    });
    given = givenFor(app);
    staff = await given.staff('owner');
    shop = await givenCheckout(app, given, staff.accessToken);
    ({ variantId } = await shop.cart.variant({ price: 1250, trackInventory: false }));
    notifications = app.app.get(OrderNotifications);
  });
  afterAll(async () => {
    await app?.close();
    await inbox?.close();
  });

  it('confirms a placed order with its number and total, in the text and the HTML, and logs it as sent', async () => {
    const email = `confirm.${tag}@example.com`;
    const { target, total } = await placeOrder(email);
    const mail = await inbox.waitFor(email, new RegExp(`#${target.number}`));
    expect(mail.subject).toBe(`Your Corner & Co order #${target.number}`);
    expect(mail.text).toContain('Hello Anna,');
    expect(mail.text).toContain(`Thank you for your order #${target.number}.`);
    expect(mail.text).toContain(`Total: ${eur(total)}`);
    expect(mail.html).toContain(`Total: ${eur(total)}`);
    expect(mail.html).toContain(`#${target.number}`);
    expect(mail.html).toContain('Corner &amp; Co');
    expect(mail.html).toContain(COLOUR);
    // The message reaches the server a moment before the log records the answer.
    await until(async () => (await rows(email))[0]?.status === 'sent');
    const [row] = await rows(email);
    expect(row).toMatchObject({ template: 'order-confirmation', status: 'sent', attempts: 1, last_error: null, next_attempt_at: null });
    expect(mail.headers.get('x-tillpoint-mail-id')).toBe(row.id);
  });

  it('tells a guest about shipping with tracking, delivery, cancellation, refunds and replies, linking to the order lookup', async () => {
    const email = `guest.${tag}@example.com`;
    const { target } = await placeOrder(email);
    const number = target.number;
    await notify(async (tx) => {
      await notifications.shipped(tx, target, [
        { carrier: 'PostNL', trackingNumber: '3SABC123', trackingUrl: 'https://track.example/3SABC123' },
        { carrier: 'DHL', trackingNumber: 'JD0002', trackingUrl: null },
      ]);
      await notifications.delivered(tx, target);
      await notifications.cancelled(tx, target, { reason: 'Out of stock', refundedMinor: 2995 });
      await notifications.refunded(tx, target, { amountMinor: 500, reason: 'Late delivery' });
      await notifications.messageReplied(tx, target, { excerpt: 'Your parcel left our warehouse <today>.' });
    });

    const shipped = await inbox.waitFor(email, /is on its way/);
    expect(shipped.subject).toBe(`Your Corner & Co order #${number} is on its way`);
    expect(shipped.text).toContain('Parcel 1 of 2 travels with PostNL, tracking number 3SABC123. Track it: https://track.example/3SABC123');
    expect(shipped.text).toContain('Parcel 2 of 2 travels with DHL, tracking number JD0002.');
    expect(shipped.html).toContain('href="https://track.example/3SABC123"');
    expect(shipped.text).toContain(`Find your order: ${STOREFRONT}/orders/lookup`);

    const delivered = await inbox.waitFor(email, /was delivered/);
    expect(delivered.text).toContain(`Your order #${number} has been delivered.`);
    expect(delivered.text).toContain(`look up order #${number} with this email address`);

    const cancelled = await inbox.waitFor(email, /was cancelled/);
    expect(cancelled.text).toContain('Reason: Out of stock');
    expect(cancelled.text).toContain(`We refunded ${eur(2995)}`);
    expect(cancelled.html).toContain(`We refunded ${eur(2995)}`);

    const refunded = await inbox.waitFor(email, /^Refund of/);
    expect(refunded.subject).toBe(`Refund of ${eur(500)} for your Corner & Co order #${number}`);
    expect(refunded.text).toContain('Reason: Late delivery');

    const reply = await inbox.waitFor(email, /replied about your order/);
    expect(reply.text).toContain('> Your parcel left our warehouse <today>.');
    expect(reply.html).toContain('Your parcel left our warehouse &lt;today&gt;.');
    expect(reply.html).toContain(`href="${STOREFRONT}/orders/lookup"`);

    await until(async () => (await rows(email)).every((r) => r.status === 'sent'));
    const templates = (await rows(email)).map((r) => [r.template, r.status]);
    expect(templates).toEqual(
      expect.arrayContaining([
        ['order-shipped', 'sent'],
        ['order-delivered', 'sent'],
        ['order-cancelled', 'sent'],
        ['order-refunded', 'sent'],
        ['order-message-reply', 'sent'],
      ]),
    );
  });

  it('leaves out what a customer turned off, never a refund, and links customers to their account', async () => {
    const customer = await given.customer();
    const prefs = await given.http.put('/store/me/preferences', {
      token: customer.accessToken,
      body: {
        marketingEmails: false,
        favouriteCategoryIds: [],
        preferredDeliveryKind: null,
        preferredPaymentProvider: null,
        emails: { shipped: false, delivered: true, messageReplies: true },
      },
    });
    expect(prefs.status).toBe(200);
    const { target } = await placeOrder(customer.email, customer);
    expect(target.customerId).not.toBeNull();
    await inbox.waitFor(customer.email, /^Your Corner & Co order #\d+$/);

    await notify(async (tx) => {
      await notifications.shipped(tx, target, [{ carrier: 'PostNL', trackingNumber: 'NOPE', trackingUrl: null }]);
      await notifications.refunded(tx, target, { amountMinor: 1250, reason: null });
    });
    const refunded = await inbox.waitFor(customer.email, /^Refund of/);
    expect(refunded.text).toContain(`View your order: ${STOREFRONT}/account/orders/${target.id}`);
    expect(inbox.mailTo(customer.email).some((m) => /on its way/.test(m.subject))).toBe(false);
    expect((await rows(customer.email)).map((r) => r.template)).not.toContain('order-shipped');

    // A key never written means "send"; one written false is honoured for each email on its own.
    await app.db.manager.query(`UPDATE customers SET preferences = '{"emails": {"delivered": false}}' WHERE email = $1`, [customer.email]);
    await notify(async (tx) => {
      await notifications.delivered(tx, target);
      await notifications.messageReplied(tx, target, { excerpt: 'Thanks for your patience' });
    });
    const reply = await inbox.waitFor(customer.email, /replied about your order/);
    expect(reply.text).toContain(`Read and reply: ${STOREFRONT}/account/orders/${target.id}`);
    expect((await rows(customer.email)).map((r) => r.template)).not.toContain('order-delivered');
  });

  it('logs a refused delivery as failed, retries it with backoff and then logs it sent', async () => {
    const { target } = await placeOrder(`busy-order.${tag}@example.com`);
    const email = `busy.${tag}@example.com`;
    inbox.refuseNext(email);
    await notify((tx) => notifications.delivered(tx, { ...target, email }));

    let failed: MailRow | undefined;
    await until(async () => {
      [failed] = await rows(email);
      return failed?.status === 'failed';
    });
    expect(failed).toMatchObject({ attempts: 1 });
    expect(failed!.last_error).toContain('451');
    expect(failed!.next_attempt_at).not.toBeNull();

    const mail = await inbox.waitFor(email, /was delivered/);
    await until(async () => (await rows(email))[0]?.status === 'sent');
    expect((await rows(email))[0]).toMatchObject({ status: 'sent', attempts: 2, last_error: null, next_attempt_at: null });
    expect(inbox.mailTo(email)).toHaveLength(1);
    expect(mail.headers.get('x-tillpoint-mail-id')).toBe(failed!.id);

    const view = await given.http.get(`/admin/mail/${failed!.id}`, { token: staff.accessToken });
    expect(view.body).toMatchObject({ status: 'sent', attempts: 2, lastError: null, nextAttemptAt: null });
    expect(view.body.lastAttemptAt).toEqual(expect.any(String));
  });

  it('lets staff send again a mail whose automatic attempts are over, and only that', async () => {
    const email = `again.${tag}@example.com`;
    const { target } = await placeOrder(`again-order.${tag}@example.com`);
    await notify((tx) => notifications.refunded(tx, { ...target, email }, { amountMinor: 100, reason: null }));
    await inbox.waitFor(email, /^Refund of/);
    await until(async () => (await rows(email))[0]?.status === 'sent');
    const [row] = await rows(email);
    const retry = (id: string, token = staff.accessToken) => given.http.post(`/admin/mail/${id}/retry`, { token });

    expect((await retry(row.id)).body).toMatchObject({ status: 409, code: 'mail_not_failed' });
    // As after a failed attempt with more to come: the queue retries it, not staff.
    await app.db.manager.query(`UPDATE mail_messages SET status = 'failed', next_attempt_at = now() + interval '1 minute' WHERE id = $1`, [
      row.id,
    ]);
    expect((await retry(row.id)).body).toMatchObject({ status: 409, code: 'mail_retry_scheduled' });
    expect((await given.http.get(`/admin/mail?status=failed`, { token: staff.accessToken })).body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: row.id })]),
    );

    // As after the last automatic attempt failed.
    await app.db.manager.query(`UPDATE mail_messages SET next_attempt_at = NULL WHERE id = $1`, [row.id]);
    const support = await given.staff('support');
    expect((await retry(row.id, support.accessToken)).status).toBe(403);
    expect((await retry(randomUUID())).status).toBe(404);
    expect((await retry('not-a-uuid')).status).toBe(400);
    const queued = await retry(row.id);
    expect(queued.status).toBe(200);
    expect(queued.body).toMatchObject({ id: row.id, status: 'queued' });

    await until(() => inbox.mailTo(email).length === 2);
    await until(async () => (await rows(email))[0]?.status === 'sent');
    expect((await rows(email))[0]).toMatchObject({ status: 'sent', attempts: 2, next_attempt_at: null });
  });
});
