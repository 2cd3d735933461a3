// The store calls the checkout benchmark makes to set itself up: staff sign-in, a product with stock, and
// guest carts filled up to payment. Plain fetch against the running API, as an integrator would call it.
import { randomUUID } from 'node:crypto';

const OWNER = { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' };
export const ADDRESS = {
  firstName: 'Anna',
  lastName: 'de Vries',
  line1: 'Keizersgracht 123',
  city: 'Amsterdam',
  postcode: '1015 CJ',
  country: 'NL',
};

export function shopAt(api) {
  async function call(method, path, { token, cartToken, body, headers = {} } = {}) {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(cartToken ? { 'x-cart-token': cartToken } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }
  const expect = (answer, status, what) => {
    if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  return {
    call,

    async staffToken() {
      return expect(await call('POST', '/admin/auth/login', { body: OWNER }), 200, 'staff sign-in').accessToken;
    },

    /** An active product with one variant at €15; tracked with `units` received, or untracked when units is null. */
    async variant(token, units) {
      const sku = `BENCH-${randomUUID().slice(0, 8).toUpperCase()}`;
      const product = expect(
        await call('POST', '/admin/products', {
          token,
          body: {
            title: `Checkout bench ${sku}`,
            status: 'active',
            variants: [{ sku, prices: [{ amount: 1500, currency: 'EUR' }], trackInventory: units !== null, allowBackorder: false }],
          },
        }),
        201,
        'product',
      );
      const variantId = product.variants[0].id;
      if (units !== null) {
        const location = expect(
          await call('POST', '/admin/inventory/locations', { token, body: { code: sku.slice(-6), name: `Bench ${sku}`, country: 'NL' } }),
          201,
          'location',
        );
        expect(
          await call('POST', '/admin/inventory/adjustments', {
            token,
            body: { variantId, locationId: location.id, quantity: units, reason: 'received' },
            headers: { 'idempotency-key': randomUUID() },
          }),
          201,
          'receive stock',
        );
      }
      return variantId;
    },

    /** A new guest cart: its id and token. */
    async cart() {
      const cart = expect(await call('POST', '/store/carts', { body: {} }), 201, 'cart');
      return { id: cart.id, token: cart.token };
    },

    /** A guest cart with one unit, an email, an address and the first delivery option: ready to pay. */
    async readyCart(variantId) {
      const { id, token } = await this.cart();
      expect(await call('POST', `/store/carts/${id}/lines`, { cartToken: token, body: { variantId, quantity: 1 } }), 200, 'add');
      const addressed = expect(
        await call('PATCH', `/store/carts/${id}`, { cartToken: token, body: { email: 'anna@example.com', shippingAddress: ADDRESS } }),
        200,
        'address',
      );
      const methodId = addressed.deliveryOptions[0]?.methodId;
      if (!methodId) throw new Error('the demo store offers no delivery to NL');
      const ready = expect(
        await call('PATCH', `/store/carts/${id}`, { cartToken: token, body: { shippingMethodId: methodId } }),
        200,
        'method',
      );
      if (ready.missing.length) throw new Error(`cart not ready: ${ready.missing.join(', ')}`);
      return { id, token };
    },

    checkout(cart) {
      return call('POST', `/store/carts/${cart.id}/checkout`, {
        cartToken: cart.token,
        headers: { 'idempotency-key': randomUUID() },
        body: { provider: 'sandbox', methodToken: 'tok_sandbox_approve' },
      });
    },
  };
}

/** Runs `work` over `items`, `width` at a time. */
export async function inBatches(items, width, work) {
  const results = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  return results;
}
