import { CartExpiryProcessor } from '../../src/cart/cart-expiry.processor';
import { DEFAULT_CART_SETTINGS } from '../../src/cart/cart-settings';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { CartBody, givenCart, Problem } from './given-cart';

describe('carts', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let cart: ReturnType<typeof givenCart>;

  const guestCart = async () => {
    const created = await cart.create();
    expect(created.status).toBe(201);
    return { id: created.body.id, auth: { token: created.body.token! } };
  };

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('owner');
    cart = givenCart(app, given, staff.accessToken);
  });
  afterAll(() => app.close());

  it('gives a guest a cart and a token that alone reaches it', async () => {
    const created = await cart.create();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', currency: 'EUR', itemCount: 0, lines: [] });
    expect(created.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { variantId } = await cart.variant({ price: 1250, onHand: 5 });
    const added = await cart.call(
      'post',
      `/store/carts/${created.body.id}/lines`,
      { token: created.body.token },
      { variantId, quantity: 2 },
    );
    expect(added.status).toBe(200);
    expect(added.body.subtotal).toEqual({ amount: 2500, currency: 'EUR' });

    expect((await cart.call('get', `/store/carts/${created.body.id}`, { token: created.body.token })).status).toBe(200);
    const other = await guestCart();
    const customer = await given.customer();
    for (const auth of [{}, { token: other.auth.token }, { token: 'x'.repeat(43) }, { customer: customer.accessToken }]) {
      expect((await cart.call('get', `/store/carts/${created.body.id}`, auth)).status).toBe(404);
      expect((await cart.call('post', `/store/carts/${created.body.id}/lines`, auth, { variantId, quantity: 1 })).status).toBe(404);
    }
  });

  it('adds up the same variant, changes and removes lines, and clears the cart', async () => {
    const { id, auth } = await guestCart();
    const a = await cart.variant({ price: 1000, onHand: 20 });
    const b = await cart.variant({ price: 399, trackInventory: false });
    await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: a.variantId, quantity: 1 });
    const twice = await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: a.variantId, quantity: 2 });
    expect(twice.body.lines).toHaveLength(1);
    expect(twice.body.lines[0].quantity).toBe(3);
    const both = await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: b.variantId, quantity: 4 });
    expect(both.body).toMatchObject({ itemCount: 7, subtotal: { amount: 3000 + 1596 } });
    const lineA = both.body.lines.find((l) => l.variantId === a.variantId)!;
    const changed = await cart.call('patch', `/store/carts/${id}/lines/${lineA.id}`, auth, { quantity: 5 });
    expect(changed.body.lines.find((l) => l.id === lineA.id)?.quantity).toBe(5);
    const removed = await cart.call('delete', `/store/carts/${id}/lines/${lineA.id}`, auth);
    expect(removed.body.lines.map((l) => l.variantId)).toEqual([b.variantId]);
    expect((await cart.call('delete', `/store/carts/${id}/lines/${lineA.id}`, auth)).status).toBe(404);
    const cleared = await cart.call('delete', `/store/carts/${id}/lines`, auth);
    expect(cleared.body).toMatchObject({ itemCount: 0, lines: [], subtotal: { amount: 0 } });
  });

  it('checks stock on every change, and lets untracked and backorder variants through', async () => {
    const { id, auth } = await guestCart();
    const scarce = await cart.variant({ onHand: 3 });
    const backorder = await cart.variant({ allowBackorder: true });
    const none = await cart.variant({});
    const tooMany = await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: scarce.variantId, quantity: 4 });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body).toMatchObject({ code: 'insufficient_stock', detail: 'Only 3 left.', errors: [{ pointer: '/quantity' }] });
    const three = await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: scarce.variantId, quantity: 3 });
    expect(three.status).toBe(200);
    const line = three.body.lines[0];
    expect((await cart.call('patch', `/store/carts/${id}/lines/${line.id}`, auth, { quantity: 4 })).status).toBe(409);
    expect((await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: none.variantId, quantity: 1 })).body).toMatchObject({
      status: 409,
      detail: 'This product is out of stock.',
    });
    expect((await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: backorder.variantId, quantity: 8 })).status).toBe(200);
  });

  it('keeps to the per-line and per-order limits', async () => {
    const { id, auth } = await guestCart();
    const many = await cart.variant({ trackInventory: false });
    const limit = await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: many.variantId, quantity: 11 });
    expect(limit.status).toBe(400);
    expect(limit.body.errors).toEqual([{ pointer: '/quantity', detail: 'must be at most 10 of one item' }]);
    const put = (body: unknown, token = staff.accessToken) => given.http.put<Problem>('/admin/cart-settings', { token, body });
    expect((await put({ ...DEFAULT_CART_SETTINGS, maxItemsPerOrder: 12 })).status).toBe(200);
    try {
      const other = await cart.variant({ trackInventory: false });
      await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: many.variantId, quantity: 10 });
      const over = await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: other.variantId, quantity: 3 });
      expect(over.status).toBe(409);
      expect(over.body).toMatchObject({ code: 'cart_full', detail: 'An order holds at most 12 items.' });
    } finally {
      expect((await put(DEFAULT_CART_SETTINGS)).status).toBe(200);
    }
  });

  it('lets staff with settings:manage change the limits, checking every field and changing nothing on bad input', async () => {
    const bad = await given.http.put<Problem>('/admin/cart-settings', {
      token: staff.accessToken,
      body: { ...DEFAULT_CART_SETTINGS, maxLines: 0, reservationMinutes: 'soon' },
    });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors?.map((e) => e.pointer))].sort()).toEqual(['/maxLines', '/reservationMinutes']);
    const read = await given.http.get('/admin/cart-settings', { token: staff.accessToken });
    expect(read.body).toEqual(DEFAULT_CART_SETTINGS);
    const viewer = await given.staff('manager');
    const refused = await given.http.put('/admin/cart-settings', { token: viewer.accessToken, body: DEFAULT_CART_SETTINGS });
    expect(refused.status).toBe(403);
  });

  it('refuses products that cannot be bought, and bad input, naming the field', async () => {
    const { id, auth } = await guestCart();
    const draft = await cart.variant({ status: 'draft', trackInventory: false });
    const notSold = await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId: draft.variantId, quantity: 1 });
    expect(notSold.status).toBe(400);
    expect(notSold.body.errors).toEqual([{ pointer: '/variantId', detail: 'This product is no longer sold.' }]);
    const unknown = await cart.call('post', `/store/carts/${id}/lines`, auth, {
      variantId: '0b7d5a3c-1e9f-4c2b-8a6d-4f0e2c8b6a1d',
      quantity: 1,
    });
    expect(unknown.body.errors).toEqual([{ pointer: '/variantId', detail: 'This product does not exist.' }]);
    for (const body of [
      { variantId: draft.variantId, quantity: 0 },
      { variantId: draft.variantId, quantity: '2' },
      { variantId: 'x', quantity: 1 },
      { variantId: draft.variantId, quantity: 1, price: 1 },
    ]) {
      const answer = await cart.call<Problem>('post', `/store/carts/${id}/lines`, auth, body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.length).toBeGreaterThan(0);
    }
    expect((await cart.call('get', '/store/carts/not-a-uuid', auth)).status).toBe(400);
    const lines = await app.db.manager.query(`SELECT 1 FROM cart_lines WHERE cart_id = $1`, [id]);
    expect(lines).toEqual([]);
  });

  it('says when a price changed since the line was added', async () => {
    const { id, auth } = await guestCart();
    const { productId, variantId } = await cart.variant({ price: 5000, trackInventory: false });
    await cart.call('post', `/store/carts/${id}/lines`, auth, { variantId, quantity: 1 });
    const changed = await given.http.patch(`/admin/products/${productId}/variants/${variantId}`, {
      token: staff.accessToken,
      body: { prices: [{ amount: 4500, currency: 'EUR' }] },
    });
    expect(changed.status).toBe(200);
    const answer = await cart.call('get', `/store/carts/${id}`, auth);
    expect(answer.body.lines[0]).toMatchObject({ unitPrice: { amount: 4500 }, unitPriceWhenAdded: { amount: 5000 }, priceChanged: true });
    expect(answer.body.subtotal.amount).toBe(4500);
  });

  it('gives a customer one cart, and merges a guest cart into it on sign-in', async () => {
    const customer = await given.customer();
    const first = await cart.create(customer.accessToken);
    expect(first.status).toBe(201);
    expect(first.body.token).toBeUndefined();
    expect((await cart.create(customer.accessToken)).body.id).toBe(first.body.id);
    const shared = await cart.variant({ trackInventory: false });
    const guestOnly = await cart.variant({ trackInventory: false });
    const own = { customer: customer.accessToken };
    await cart.call('post', `/store/carts/${first.body.id}/lines`, own, { variantId: shared.variantId, quantity: 7 });

    const guest = await guestCart();
    await cart.call('post', `/store/carts/${guest.id}/lines`, guest.auth, { variantId: shared.variantId, quantity: 5 });
    await cart.call('post', `/store/carts/${guest.id}/lines`, guest.auth, { variantId: guestOnly.variantId, quantity: 1 });
    expect((await cart.call('post', `/store/carts/${guest.id}/claim`, own)).status).toBe(404);
    const merged = await cart.call('post', `/store/carts/${guest.id}/claim`, { ...guest.auth, ...own });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(first.body.id);
    const quantities = Object.fromEntries(merged.body.lines.map((l) => [l.variantId, l.quantity]));
    expect(quantities).toEqual({ [shared.variantId]: 10, [guestOnly.variantId]: 1 });
    expect((await cart.call('get', `/store/carts/${guest.id}`, guest.auth)).body.status).toBe('merged');
    expect(
      (await cart.call('post', `/store/carts/${guest.id}/lines`, guest.auth, { variantId: shared.variantId, quantity: 1 })).body.code,
    ).toBe('cart_merged');

    const another = await given.customer();
    const lone = await guestCart();
    const taken = await cart.call('post', `/store/carts/${lone.id}/claim`, { ...lone.auth, customer: another.accessToken });
    expect(taken.body).toMatchObject({ id: lone.id, status: 'open' });
    expect((await cart.call('get', `/store/carts/${lone.id}`, lone.auth)).status).toBe(404);
    expect((await cart.call('get', `/store/carts/${lone.id}`, { customer: another.accessToken })).status).toBe(200);
  });

  it('expires a cart left alone, and keeps one that was touched', async () => {
    const idle = await guestCart();
    const busy = await guestCart();
    await app.db.manager.query(`UPDATE carts SET expires_at = now() - interval '1 minute' WHERE id = $1`, [idle.id]);
    const expiry = app.app.get(CartExpiryProcessor);
    await expiry.check({ cartId: idle.id });
    await expiry.check({ cartId: busy.id });
    expect((await cart.call<CartBody>('get', `/store/carts/${idle.id}`, idle.auth)).body.status).toBe('expired');
    expect((await cart.call<CartBody>('get', `/store/carts/${busy.id}`, busy.auth)).body.status).toBe('open');
    const variant = await cart.variant({ trackInventory: false });
    const refused = await cart.call('post', `/store/carts/${idle.id}/lines`, idle.auth, { variantId: variant.variantId, quantity: 1 });
    expect(refused.body).toMatchObject({ status: 409, code: 'cart_expired' });
    const [{ count }] = await app.db.manager.query(
      `SELECT count(*)::int AS count FROM outbox_messages WHERE topic = 'cart.idle-check' AND payload->>'cartId' = $1`,
      [busy.id],
    );
    expect(count).toBe(2);
  });
});
