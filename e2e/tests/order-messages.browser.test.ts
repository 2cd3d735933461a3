import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, openPage, Shop, startShop } from '../support/shop';

const SUPPORT = { email: 'support@demo.tillpoint.dev', password: 'tillpoint-demo' };

interface Customer {
  email: string;
  password: string;
  accessToken: string;
}

async function call<T>(url: string, init: RequestInit & { expect?: number } = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  if (response.status !== (init.expect ?? 200))
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function register(shop: Shop): Promise<Customer> {
  const customer = { email: `grace-${randomUUID().slice(0, 8)}@example.com`, password: 'a-long-enough-password' };
  const tokens = await call<{ accessToken: string }>(`${shop.api}/store/auth/register`, {
    method: 'POST',
    body: JSON.stringify({ ...customer, firstName: 'Grace', lastName: 'Hopper' }),
    expect: 201,
  });
  return { ...customer, accessToken: tokens.accessToken };
}

/** One in-stock demo item bought by the customer through the store API with the approving sandbox card. */
async function placeOrder(shop: Shop, customer: Customer): Promise<{ id: string; number: number }> {
  const auth = { authorization: `Bearer ${customer.accessToken}` };
  const products = await call<{ items: { variants: { id: string; availability: { status: string } }[] }[] }>(
    `${shop.api}/store/products?inStock=true`,
  );
  const variant = products.items.flatMap((p) => p.variants).find((v) => v.availability.status === 'in_stock');
  if (!variant) throw new Error('No demo variant is in stock');
  const cart = await call<{ id: string }>(`${shop.api}/store/carts`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ lines: [{ variantId: variant.id, quantity: 1 }] }),
    expect: 201,
  });
  const address = { firstName: 'Grace', lastName: 'Hopper', line1: 'Damrak 1', city: 'Amsterdam', postcode: '1012 LG', country: 'NL' };
  const withAddress = await call<{ deliveryOptions: { methodId: string }[] }>(`${shop.api}/store/carts/${cart.id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ shippingAddress: address }),
  });
  await call(`${shop.api}/store/carts/${cart.id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ shippingMethodId: withAddress.deliveryOptions[0].methodId }),
  });
  const result = await call<{ status: string; order: { id: string; number: number } | null }>(
    `${shop.api}/store/carts/${cart.id}/checkout`,
    {
      method: 'POST',
      headers: { ...auth, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ provider: 'sandbox', methodToken: 'tok_sandbox_approve' }),
      expect: 201,
    },
  );
  if (!result.order) throw new Error(`The checkout ended ${result.status}`);
  return result.order;
}

async function signInToStore(page: Page, shop: Shop, customer: Customer): Promise<void> {
  await page.goto(`${shop.storefront}/account/sign-in`);
  await page.getByLabel('Email').fill(customer.email);
  await page.getByLabel('Password').fill(customer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/account');
}

async function signInToAdmin(page: Page, shop: Shop): Promise<void> {
  await page.goto(`${shop.admin}/sign-in`);
  await page.getByLabel('Email').fill(SUPPORT.email);
  await page.getByLabel('Password').fill(SUPPORT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('order messages in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('carries a customer’s question to the staff inbox and the reply back to their order page', async () => {
    const customer = await register(shop);
    const order = await placeOrder(shop, customer);
    const question = 'Could the parcel go to my neighbour at number 12?';
    const reply = 'Of course: we have noted number 12 on the parcel.';

    // The customer writes from their order page. JavaScript is off: the form is a plain POST and a redirect.
    const store = await shop.browser.newPage({ viewport: DESKTOP, javaScriptEnabled: false });
    await signInToStore(store, shop, customer);
    await store.goto(`${shop.storefront}/account/orders/${order.id}`);
    await store.getByText('No messages yet.').waitFor();
    await store.getByLabel('Write to the store').fill(question);
    await store.getByRole('button', { name: 'Send message' }).click();
    await store.waitForURL((url) => url.searchParams.get('message') === 'sent');
    await store.getByText('Your message was sent.').waitFor();
    const thread = store.getByTestId('order-messages').getByRole('listitem');
    await expect(thread.count()).resolves.toBe(1);
    await expect(thread.first().textContent()).resolves.toContain(question);
    await store.screenshot({ path: join(ARTIFACTS, 'order-messages-customer-sent.png'), fullPage: true });

    // Support sees an unread conversation in the navigation and in the inbox, opens it and replies.
    const { page: admin, errors } = await openPage(shop, DESKTOP);
    await signInToAdmin(admin, shop);
    const nav = admin.getByRole('navigation', { name: 'Main' });
    const messagesLink = nav.getByRole('link', { name: /^Messages/ });
    await expect(messagesLink.getByTestId('unread-messages').textContent()).resolves.toBe('1 unread');
    await messagesLink.click();
    await admin.waitForURL('**/messages');
    const conversation = admin
      .getByRole('list', { name: 'Conversations' })
      .getByRole('link', { name: new RegExp(`Order #${order.number}`) });
    await conversation.getByText('Grace Hopper').waitFor();
    await conversation.getByText('1 unread').waitFor();
    await conversation.getByText(question).waitFor();
    await admin.screenshot({ path: join(ARTIFACTS, 'order-messages-inbox.png'), fullPage: true });

    await conversation.click();
    await admin.waitForURL((url) => url.pathname === `/orders/${order.id}` && url.hash === '#messages');
    const adminThread = admin.getByRole('list', { name: 'Message thread' });
    await adminThread.getByText(question).waitFor();
    // Opening the thread read it: the badge goes.
    await messagesLink.getByTestId('unread-messages').waitFor({ state: 'detached' });
    await admin.getByLabel('Reply to the customer').fill(reply);
    await admin.getByRole('button', { name: 'Send reply' }).click();
    await adminThread.getByText(reply).waitFor();
    await adminThread.getByText('Not seen yet').waitFor();
    await admin.screenshot({ path: join(ARTIFACTS, 'order-messages-admin-thread.png'), fullPage: true });
    expect(errors).toEqual([]);

    // Back on the order page, the reply is there, from the store.
    await store.goto(`${shop.storefront}/account/orders/${order.id}`);
    await expect(thread.count()).resolves.toBe(2);
    await expect(thread.nth(1).textContent()).resolves.toContain(reply);
    await expect(thread.nth(1).getAttribute('data-from')).resolves.toBe('staff');
    await thread.nth(1).getByText('E2E Outfitters').waitFor();
    await store.screenshot({ path: join(ARTIFACTS, 'order-messages-customer-reply.png'), fullPage: true });

    // The customer has now seen it; staff see that on their side.
    await admin.reload();
    await admin.getByRole('list', { name: 'Message thread' }).getByText('Seen by the customer').waitFor();
    await admin.close();
    await store.close();
  });
});
