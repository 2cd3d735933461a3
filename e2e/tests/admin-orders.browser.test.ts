import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openPage, PHONE, Shop, startShop } from '../support/shop';

const OWNER = { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' };
const CATALOG = { email: 'catalog@demo.tillpoint.dev', password: 'tillpoint-demo' };

interface PlacedOrder {
  id: string;
  number: number;
  email: string;
  lineTitle: string;
  total: { amount: number; currency: string };
}

async function signIn(page: Page, shop: Shop, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${shop.admin}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

async function call<T>(url: string, init: RequestInit & { expect?: number } = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  if (response.status !== (init.expect ?? 200))
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A guest order through the store API, paid with the sandbox provider, as a shopper would place it. */
async function placeOrder(shop: Shop): Promise<PlacedOrder> {
  const products = await call<{ items: { title: string; variants: { id: string; availability: { status: string } }[] }[] }>(
    `${shop.api}/store/products?inStock=true`,
  );
  const product = products.items.find((p) => p.variants.some((v) => v.availability.status === 'in_stock'));
  const variant = product?.variants.find((v) => v.availability.status === 'in_stock');
  if (!product || !variant) throw new Error('No demo variant is in stock');

  const cart = await call<{ id: string; token: string }>(`${shop.api}/store/carts`, {
    method: 'POST',
    body: JSON.stringify({ lines: [{ variantId: variant.id, quantity: 1 }] }),
    expect: 201,
  });
  const headers = { 'x-cart-token': cart.token };
  const email = `orders-${randomUUID().slice(0, 8)}@example.com`;
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
  return { id: result.order.id, number: result.order.number, email, lineTitle: product.title, total: result.order.total };
}

describe('admin orders in a browser', () => {
  let shop: Shop;
  let order: PlacedOrder;

  beforeAll(async () => {
    shop = await startShop();
    order = await placeOrder(shop);
  }, 120_000);
  afterAll(() => shop?.stop());

  it('finds an order by its number and shows its lines, total and timeline', async () => {
    const { page, errors } = await openPage(shop);
    await signIn(page, shop, OWNER);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();

    await page.getByRole('searchbox', { name: 'Search orders' }).fill(String(order.number));
    // The router quotes a search that reads as a number: ?q=%221001%22.
    await page.waitForURL(/[?&]q=/);
    const table = page.getByRole('table', { name: 'Orders' });
    const link = table.getByRole('link', { name: `#${order.number}` });
    await link.waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-orders-list-desktop.png'), fullPage: true });

    await link.click();
    await page.getByRole('heading', { name: `Order #${order.number}` }).waitFor();
    await page.getByRole('table', { name: 'Order lines' }).getByText(order.lineTitle).waitFor();
    const total = new Intl.NumberFormat('en-US', { style: 'currency', currency: order.total.currency }).format(order.total.amount / 100);
    expect(await page.getByTestId('order-total').textContent()).toBe(total);
    await page.getByRole('list', { name: 'Order timeline' }).getByText('Order placed').waitFor();
    await page.getByText(order.email).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-orders-detail-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the list and the order readable on a phone', async () => {
    const { page, errors } = await openPage(shop, PHONE);
    await signIn(page, shop, OWNER);
    await page.goto(`${shop.admin}/orders?paymentStatus=paid`);
    await page
      .getByRole('table', { name: 'Orders' })
      .getByRole('link', { name: `#${order.number}` })
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-orders-list-phone.png'), fullPage: true });
    await page.goto(`${shop.admin}/orders/${order.id}`);
    await page.getByRole('heading', { name: `Order #${order.number}` }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-orders-detail-phone.png'), fullPage: true });
    // Wide tables scroll inside their card; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows no Orders entry to a catalog manager', async () => {
    const { page } = await openPage(shop);
    await signIn(page, shop, CATALOG);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Products' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Orders' }).count()).toBe(0);
    await page.close();
  });
});
