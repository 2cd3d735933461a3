import { randomUUID } from 'node:crypto';
import { RESERVATION_EXPIRED } from '../../src/checkout/checkout-snapshot';
import { stockFor } from '../inventory/stock-fixtures';
import { until } from '../support/test-jobs.module';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenCheckout } from './given-checkout';

describe('checkout with the sandbox', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let shop: Awaited<ReturnType<typeof givenCheckout>>;
  let stock: ReturnType<typeof stockFor>;

  const level = async (variantId: string) => {
    const [row] = await app.db.manager.query(
      `SELECT sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM stock_levels WHERE variant_id = $1`,
      [variantId],
    );
    return { onHand: row.on_hand as number, reserved: row.reserved as number };
  };
  const stocked = async (onHand: number, price = 2420) => {
    const { variantId } = await shop.cart.variant({ price, trackInventory: true });
    const location = await stock.location(staff.accessToken);
    await stock.receive(staff.accessToken, variantId, location.id, onHand);
    return variantId;
  };

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    given = givenFor(app);
    staff = await given.staff('owner');
    stock = stockFor(app, given);
    shop = await givenCheckout(app, given, staff.accessToken);
  });
  afterAll(() => app.close());

  it('places the order for a paid cart: the totals the shopper saw, the stock sold, the confirmation queued', async () => {
    const variantId = await stocked(5);
    const cart = await shop.readyCart(variantId, 2);
    const paid = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' });
    expect(paid.status).toBe(201);
    expect(paid.body.status).toBe('placed');
    expect(paid.body.order).toMatchObject({ paymentStatus: 'paid', total: { amount: cart.total }, lines: [{ quantity: 2 }] });
    expect(paid.body.order!.number).toBeGreaterThanOrEqual(1001);
    expect(await level(variantId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await stock.drift()).toEqual([]);
    const [mail] = await app.db.manager.query(
      `SELECT subject FROM mail_messages WHERE to_address = 'anna@example.com' AND template = 'order-confirmation' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(mail.subject).toContain(`#${paid.body.order!.number}`);
    const [payment] = await app.db.manager.query(`SELECT order_id, state, captured_amount::int AS captured FROM payments WHERE id = $1`, [
      paid.body.paymentId,
    ]);
    expect(payment).toEqual({ order_id: paid.body.order!.id, state: 'captured', captured: cart.total });

    const confirmation = await shop.cart.call('get', `/store/carts/${cart.id}/order`, cart.auth);
    expect(confirmation.body).toMatchObject({ id: paid.body.order!.id });
    expect((await shop.cart.call('get', `/store/carts/${cart.id}/order`, {})).status).toBe(404);
    const changed = await shop.cart.call('post', `/store/carts/${cart.id}/lines`, cart.auth, { variantId, quantity: 1 });
    expect(changed.body).toMatchObject({ status: 409, code: 'cart_completed' });
  });

  it('replays a checkout sent twice with the same key, refuses the key with another body, and never places two orders', async () => {
    const variantId = await stocked(5);
    const cart = await shop.readyCart(variantId);
    const body = { provider: 'sandbox', methodToken: 'tok_sandbox_approve' };
    const [first, second] = await Promise.all([
      shop.pay(cart.id, cart.auth, body, 'same-key-123'),
      shop.pay(cart.id, cart.auth, body, 'same-key-123'),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const replay = await shop.pay(cart.id, cart.auth, body, 'same-key-123');
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.order?.id).toBe((first.status === 201 ? first : second).body.order?.id);
    expect((await shop.pay(cart.id, cart.auth, { ...body, methodToken: 'tok_sandbox_decline' }, 'same-key-123')).status).toBe(422);
    const again = await shop.pay(cart.id, cart.auth, body);
    expect(again.body.order?.id).toBe(replay.body.order?.id);
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM orders WHERE cart_id = $1`, [cart.id]);
    expect(count).toBe(1);
    expect(await level(variantId)).toEqual({ onHand: 4, reserved: 0 });
  });

  it('gives the cart back when the card is declined, and takes the next try', async () => {
    const variantId = await stocked(3);
    const cart = await shop.readyCart(variantId, 3);
    const declined = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_decline' });
    expect(declined.status).toBe(402);
    expect(declined.body).toMatchObject({ code: 'payment_declined', detail: 'Your card was declined.' });
    const after = await shop.cart.call<{ status: string; lines: unknown[] }>('get', `/store/carts/${cart.id}`, cart.auth);
    expect(after.body).toMatchObject({ status: 'open', lines: [{}] });
    expect(await level(variantId)).toEqual({ onHand: 3, reserved: 0 });
    const paid = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' });
    expect(paid.status).toBe(201);
    expect(await level(variantId)).toEqual({ onHand: 0, reserved: 0 });
  });

  it('hands back the approval step, holds the stock meanwhile, and finishes once the shopper approved', async () => {
    const variantId = await stocked(2);
    const cart = await shop.readyCart(variantId, 2);
    const pending = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_action' });
    expect(pending.status).toBe(202);
    expect(pending.body).toMatchObject({ status: 'requires_action', order: null, action: { type: 'redirect' } });
    expect(await level(variantId)).toEqual({ onHand: 2, reserved: 2 });
    const other = await shop.readyCart(await stocked(1));
    expect(other.id).not.toBe(cart.id);
    const blocked = await shop.cart.call('patch', `/store/carts/${cart.id}`, cart.auth, { email: 'changed@example.com' });
    expect(blocked.body).toMatchObject({ status: 409, code: 'cart_checking_out' });

    const [{ provider_reference: reference }] = await app.db.manager.query(`SELECT provider_reference FROM payments WHERE id = $1`, [
      pending.body.paymentId,
    ]);
    expect((await given.http.post(`/store/payments/sandbox/${reference}/approve`)).status).toBeLessThan(300);
    const finished = await shop.pay(cart.id, cart.auth, { provider: 'sandbox' });
    expect(finished.status).toBe(201);
    expect(finished.body.order).toMatchObject({ paymentStatus: 'paid', total: { amount: cart.total } });
    expect(await level(variantId)).toEqual({ onHand: 0, reserved: 0 });
  });

  it('lets the shopper stop a payment under way: cancelled at the provider, the stock released, the cart open again', async () => {
    const variantId = await stocked(1);
    const cart = await shop.readyCart(variantId);
    const pending = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_action' });
    expect(pending.status).toBe(202);
    const stranger = await shop.cart.create();
    const refused = await shop.cart.call('post', `/store/carts/${cart.id}/checkout/cancel`, { token: stranger.body.token });
    expect(refused.status).toBe(404);

    const cancelled = await shop.cart.call('post', `/store/carts/${cart.id}/checkout/cancel`, cart.auth);
    expect(cancelled.body).toEqual({ status: 'open', order: null });
    expect(await level(variantId)).toEqual({ onHand: 1, reserved: 0 });
    const [payment] = await app.db.manager.query(`SELECT state, provider_reference FROM payments WHERE id = $1`, [pending.body.paymentId]);
    expect(payment.state).toBe('canceled');
    expect((await given.http.post(`/store/payments/sandbox/${payment.provider_reference}/approve`)).status).toBe(409);
    expect((await shop.cart.call('post', `/store/carts/${cart.id}/checkout/cancel`, cart.auth)).body).toEqual({
      status: 'open',
      order: null,
    });
    const edited = await shop.cart.call('patch', `/store/carts/${cart.id}`, cart.auth, { email: 'changed@example.com' });
    expect(edited.status).toBe(200);
  });

  it('gives the stock and the cart back through the queued job when the hold runs out, and cancels the payment', async () => {
    const variantId = await stocked(1);
    const cart = await shop.readyCart(variantId);
    const pending = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_action' });
    expect(pending.status).toBe(202);
    const [job] = await app.db.manager.query(
      `SELECT id, round(extract(epoch FROM available_at - created_at))::int AS delay FROM outbox_messages WHERE topic = $1 AND payload->>'cartId' = $2`,
      [RESERVATION_EXPIRED, cart.id],
    );
    expect(job.delay).toBe(15 * 60);
    // The hold's time passes: the cart's reservation and the job both fall due now.
    await app.db.manager.query(`UPDATE carts SET reserved_until = now() - interval '1 second' WHERE id = $1`, [cart.id]);
    await app.db.manager.query(`UPDATE outbox_messages SET available_at = now() WHERE id = $1`, [job.id]);
    await until(async () => (await app.db.manager.query(`SELECT status FROM carts WHERE id = $1`, [cart.id]))[0].status === 'open');
    expect(await level(variantId)).toEqual({ onHand: 1, reserved: 0 });
    const [payment] = await app.db.manager.query(`SELECT state FROM payments WHERE id = $1`, [pending.body.paymentId]);
    expect(payment.state).toBe('canceled');
  });

  it('confirms a cash-on-delivery order unpaid, and paid once staff record the cash', async () => {
    const variantId = await stocked(2);
    const cart = await shop.readyCart(variantId);
    const placed = await shop.pay(cart.id, cart.auth, { provider: 'cash_on_delivery' });
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({ paymentStatus: 'pending' });

    // Delivered: the courier hands the cash over and staff record it; the order becomes paid.
    const collected = await given.http.post(`/admin/payments/${placed.body.paymentId}/cash-collections`, {
      token: staff.accessToken,
      headers: { 'idempotency-key': randomUUID() },
      body: { amount: { amount: cart.total, currency: 'EUR' } },
    });
    expect(collected.status).toBe(201);
    expect(collected.body).toMatchObject({ state: 'captured' });
    const orderId = placed.body.order!.id;
    const status = async () => (await app.db.manager.query(`SELECT payment_status FROM orders WHERE id = $1`, [orderId]))[0].payment_status;
    await until(async () => (await status()) === 'paid');
    const events = await app.db.manager.query(`SELECT data FROM order_events WHERE order_id = $1 AND kind = 'payment_status_changed'`, [
      orderId,
    ]);
    expect(events.map((e: { data: unknown }) => e.data)).toEqual([{ from: 'pending', to: 'paid', paymentId: placed.body.paymentId }]);
  });

  it('refuses a cart that is not ready, a provider not offered, and a body with a price, naming the field', async () => {
    const variantId = await stocked(2);
    const created = await shop.cart.create();
    const auth = { token: created.body.token };
    await shop.cart.call('post', `/store/carts/${created.body.id}/lines`, auth, { variantId, quantity: 1 });
    const notReady = await shop.pay(created.body.id, auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' });
    expect(notReady.status).toBe(409);
    expect(notReady.body).toMatchObject({ code: 'cart_not_ready' });
    const cart = await shop.readyCart(variantId);
    const paypal = await shop.pay(cart.id, cart.auth, { provider: 'paypal' });
    expect(paypal.status).toBe(400);
    expect((paypal.body as unknown as { errors: { pointer: string }[] }).errors[0].pointer).toBe('/provider');
    const priced = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve', amount: 1 });
    expect(priced.status).toBe(400);
    expect(await level(variantId)).toEqual({ onHand: 2, reserved: 0 });
  });
});
