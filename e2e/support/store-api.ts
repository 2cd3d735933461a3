import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Shop } from './shop';

/** Demo staff seeded with DEMO_DATA. */
export const OWNER = { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' };

export interface Customer {
  email: string;
  password: string;
  accessToken: string;
}

export interface PlacedOrder {
  id: string;
  number: number;
  email: string;
  variantId: string;
  lineTitle: string;
  total: { amount: number; currency: string };
}

/** A JSON call to the API that fails the test on any other status than `expect` (200 by default). */
export async function call<T>(url: string, init: RequestInit & { expect?: number } = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  if (response.status !== (init.expect ?? 200))
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A new customer account, registered through the store API. */
export async function registerCustomer(shop: Shop, firstName: string): Promise<Customer> {
  const email = `${firstName.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`;
  const password = 'a-long-enough-password';
  const tokens = await call<{ accessToken: string }>(`${shop.api}/store/auth/register`, {
    method: 'POST',
    body: JSON.stringify({ email, password, firstName, lastName: 'Shopper' }),
    expect: 201,
  });
  return { email, password, accessToken: tokens.accessToken };
}

/** Signs a customer in through the storefront's own sign-in page. */
export async function signInToStorefront(shop: Shop, page: Page, customer: Pick<Customer, 'email' | 'password'>): Promise<void> {
  await page.goto(`${shop.storefront}/account/sign-in`);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password').fill(customer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/account');
}

/**
 * An order through the store API, paid with the sandbox's approving card, as a shopper would place it:
 * a guest's when no customer is given, else the signed-in customer's.
 */
export async function placeOrder(shop: Shop, customer?: Customer): Promise<PlacedOrder> {
  const products = await call<{ items: { title: string; variants: { id: string; availability: { status: string } }[] }[] }>(
    `${shop.api}/store/products?inStock=true`,
  );
  const product = products.items.find((p) => p.variants.some((v) => v.availability.status === 'in_stock'));
  const variant = product?.variants.find((v) => v.availability.status === 'in_stock');
  if (!product || !variant) throw new Error('No demo variant is in stock');

  const auth = customer ? bearer(customer.accessToken) : {};
  const cart = await call<{ id: string; token: string | null }>(`${shop.api}/store/carts`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ lines: [{ variantId: variant.id, quantity: 1 }] }),
    expect: 201,
  });
  const headers = { ...auth, ...(cart.token ? { 'x-cart-token': cart.token } : {}) };
  const email = customer?.email ?? `guest-${randomUUID().slice(0, 8)}@example.com`;
  const address = { firstName: 'Femke', lastName: 'Jansen', line1: 'Damrak 1', city: 'Amsterdam', postcode: '1012 LG', country: 'NL' };
  const withAddress = await call<{ deliveryOptions: { methodId: string }[] }>(`${shop.api}/store/carts/${cart.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ email, shippingAddress: address }),
  });
  await call(`${shop.api}/store/carts/${cart.id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ shippingMethodId: withAddress.deliveryOptions[0].methodId }),
  });
  const result = await call<{ status: string; order: { id: string; number: number; total: PlacedOrder['total'] } | null }>(
    `${shop.api}/store/carts/${cart.id}/checkout`,
    {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ provider: 'sandbox', methodToken: 'tok_sandbox_approve' }),
      expect: 201,
    },
  );
  if (!result.order) throw new Error(`The checkout ended ${result.status}`);
  return {
    id: result.order.id,
    number: result.order.number,
    email,
    variantId: variant.id,
    lineTitle: product.title,
    total: result.order.total,
  };
}

/** A staff member's access token, signed in through the admin API. */
export async function staffToken(shop: Shop, who = OWNER): Promise<string> {
  const tokens = await call<{ accessToken: string }>(`${shop.api}/admin/auth/login`, { method: 'POST', body: JSON.stringify(who) });
  return tokens.accessToken;
}

/** Staff pack the (one-line) order from the location holding most of its variant, with this tracking, and mark it shipped. */
export async function shipOrder(
  shop: Shop,
  token: string,
  order: Pick<PlacedOrder, 'id' | 'variantId'>,
  tracking: { carrier: string; trackingNumber: string; trackingUrl: string },
): Promise<void> {
  const levels = await call<{ items: { locationId: string; onHand: number }[] }>(
    `${shop.api}/admin/inventory/levels?variantId=${order.variantId}&limit=100`,
    { headers: bearer(token) },
  );
  const [fullest] = [...levels.items].sort((a, b) => b.onHand - a.onHand);
  if (!fullest) throw new Error(`No stock location holds variant ${order.variantId}`);
  await call(`${shop.api}/admin/orders/${order.id}/fulfillments`, {
    method: 'POST',
    headers: bearer(token),
    body: JSON.stringify({ locationId: fullest.locationId, ...tracking }),
    expect: 201,
  });
  await call(`${shop.api}/admin/orders/${order.id}/shipment`, { method: 'POST', headers: bearer(token), body: '{}', expect: 200 });
}
