import { randomBytes } from 'node:crypto';
import type { Given } from '../support/given';
import type { Answer } from '../support/http';
import type { TestApp } from '../support/test-app';
import { stockFor } from '../inventory/stock-fixtures';

export interface CartBody {
  id: string;
  status: string;
  currency: string;
  token?: string;
  itemCount: number;
  subtotal: { amount: number; currency: string };
  lines: {
    id: string;
    variantId: string;
    quantity: number;
    unitPrice: { amount: number };
    unitPriceWhenAdded: { amount: number };
    priceChanged: boolean;
    subtotal: { amount: number };
    problem: string | null;
  }[];
}

export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

/** Products with stock, and cart calls as a guest (token) or a customer (access token). */
export function givenCart(app: TestApp, given: Given, staffToken: string) {
  const stock = stockFor(app, given);
  let location: Promise<{ id: string }> | null = null;
  return {
    /** An active product with one variant at `price` cents; `onHand` units received when tracked. */
    async variant(options: { price?: number; onHand?: number; trackInventory?: boolean; allowBackorder?: boolean; status?: string } = {}) {
      const sku = `CART-${randomBytes(4).toString('hex').toUpperCase()}`;
      const created = await given.http.post<{ id: string; variants: { id: string }[] }>('/admin/products', {
        token: staffToken,
        body: {
          title: `Cart test ${sku}`,
          status: options.status ?? 'active',
          variants: [
            {
              sku,
              prices: [{ amount: options.price ?? 2500, currency: 'EUR' }],
              trackInventory: options.trackInventory ?? true,
              allowBackorder: options.allowBackorder ?? false,
            },
          ],
        },
      });
      if (created.status !== 201) throw new Error(`product: ${JSON.stringify(created.body)}`);
      const variantId = created.body.variants[0].id;
      if (options.onHand) {
        location ??= stock.location(staffToken);
        await stock.receive(staffToken, variantId, (await location).id, options.onHand);
      }
      return { productId: created.body.id, variantId };
    },

    /** A guest's cart (with its token), or the customer's when an access token is given. */
    create(customerToken?: string): Promise<Answer<CartBody & Problem>> {
      return given.http.post('/store/carts', { token: customerToken, body: {} });
    },

    call<T = CartBody & Problem>(
      method: 'get' | 'post' | 'patch' | 'delete',
      path: string,
      auth: { token?: string; customer?: string },
      body?: unknown,
    ) {
      return given.http[method]<T>(path, { token: auth.customer, headers: auth.token ? { 'x-cart-token': auth.token } : {}, body });
    },
  };
}
