import { randomUUID } from 'node:crypto';
import { CartBody, givenCart } from '../cart/given-cart';
import { givenShipping } from '../shipping/given-shipping';
import type { Given } from '../support/given';
import type { TestApp } from '../support/test-app';

export const ANNA = {
  firstName: 'Anna',
  lastName: 'de Vries',
  line1: 'Keizersgracht 123',
  city: 'Amsterdam',
  postcode: '1015 CJ',
  country: 'NL',
};

export interface CheckoutBody {
  status: 'placed' | 'requires_action';
  paymentId: string;
  order: {
    id: string;
    number: number;
    paymentStatus: string;
    total: { amount: number };
    lines: { sku: string; quantity: number; total: { amount: number } }[];
  } | null;
  action: { type: string; url: string | null } | null;
}

/** A store ready to sell in the Netherlands (a zone, a €4.95 method, 21 % VAT), and carts filled up to payment. */
export async function givenCheckout(app: TestApp, given: Given, staffToken: string) {
  const cart = givenCart(app, given, staffToken);
  const shipping = givenShipping(app, given, staffToken);
  const zone = await shipping.zone({ name: `NL ${randomUUID().slice(0, 6)}`, countries: ['NL'] });
  const method = await shipping.method(zone.id, { name: 'PostNL', flatAmount: { amount: 495, currency: 'EUR' } });
  await given.http.post('/admin/tax-rates', { token: staffToken, body: { country: 'NL', name: 'NL VAT', percent: 21, taxShipping: true } });

  return {
    cart,
    methodId: method.id,
    /** A guest cart with `quantity` of a variant, an email, an address and the delivery method: ready to pay. */
    async readyCart(
      variantId: string,
      quantity = 1,
      customerToken?: string,
      shopper: { email?: string; shippingAddress?: typeof ANNA } = {},
    ) {
      const created = await cart.create(customerToken);
      const auth = { token: created.body.token, customer: customerToken };
      const added = await cart.call('post', `/store/carts/${created.body.id}/lines`, auth, { variantId, quantity });
      if (added.status !== 200) throw new Error(`add: ${JSON.stringify(added.body)}`);
      const details = await cart.call<CartBody & { missing: string[]; totals: { total: { amount: number } } }>(
        'patch',
        `/store/carts/${created.body.id}`,
        auth,
        {
          email: shopper.email ?? 'anna@example.com',
          shippingAddress: shopper.shippingAddress ?? ANNA,
          shippingMethodId: method.id,
        },
      );
      if (details.status !== 200 || details.body.missing.length) throw new Error(`details: ${JSON.stringify(details.body)}`);
      return { id: created.body.id, auth, total: details.body.totals.total.amount };
    },
    pay(cartId: string, auth: { token?: string; customer?: string }, body: Record<string, unknown>, key: string = randomUUID()) {
      return given.http.post<CheckoutBody & { code?: string; detail?: string }>(`/store/carts/${cartId}/checkout`, {
        token: auth.customer,
        headers: { ...(auth.token ? { 'x-cart-token': auth.token } : {}), 'idempotency-key': key },
        body,
      });
    },
  };
}
