import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, openPage, PHONE, Shop, startShop } from '../support/shop';
import { call, placeOrder, registerCustomer, shipOrder, signInToStorefront, staffToken } from '../support/store-api';

const TRACKING = {
  carrier: 'PostNL',
  trackingNumber: '3STEST0123456',
  trackingUrl: 'https://jouw.postnl.nl/track-and-trace/3STEST0123456',
};

async function overflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe('storefront order tracking in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('shows a customer their shipped order: history, status, tracking link and timeline; and buys it again', async () => {
    const customer = await registerCustomer(shop, 'Tracy');
    const order = await placeOrder(shop, customer);
    await shipOrder(shop, await staffToken(shop), order, TRACKING);

    const { page, errors } = await openPage(shop, DESKTOP);
    await signInToStorefront(shop, page, customer);
    await page.goto(`${shop.storefront}/account/orders`);
    const row = page.getByTestId('orders').getByRole('link', { name: new RegExp(`Order #${order.number}\\b`) });
    await row.getByText('On its way', { exact: true }).waitFor();
    await row.getByText('Paid', { exact: true }).waitFor();

    await row.click();
    await page.waitForURL('**/account/orders/*');
    await expect(page.getByTestId('order-number').textContent()).resolves.toBe(`#${order.number}`);

    // Where it is: placed, paid and shipped are done; delivery is what it is waiting for.
    const progress = page.getByTestId('order-progress');
    await expect(progress.getByTestId('order-headline').textContent()).resolves.toContain('On its way');
    const steps = progress.getByRole('list', { name: 'Order progress' }).getByRole('listitem');
    await expect(steps.evaluateAll((items) => items.map((item) => `${item.dataset.step}:${item.dataset.state}`))).resolves.toEqual([
      'placed:done',
      'confirmed:done',
      'shipped:done',
      'delivered:current',
    ]);

    // The parcel: carrier, tracking number, and a link to the carrier that opens apart from the shop.
    const parcels = page.getByTestId('order-parcels');
    await expect(parcels.getByTestId('parcel-carrier').textContent()).resolves.toContain(TRACKING.carrier);
    await expect(parcels.getByTestId('parcel-tracking-number').textContent()).resolves.toContain(TRACKING.trackingNumber);
    const trackingLink = parcels.getByRole('link', { name: /Track parcel/ });
    await expect(trackingLink.getAttribute('href')).resolves.toBe(TRACKING.trackingUrl);
    await expect(trackingLink.getAttribute('rel')).resolves.toContain('noopener');
    await parcels.getByText(order.lineTitle).waitFor();

    // What happened, newest first, in the shopper's words.
    const timeline = page.getByRole('list', { name: 'Order history' }).getByRole('listitem');
    const titles = await timeline.evaluateAll((items) => items.map((item) => item.querySelector('p')?.textContent?.trim()));
    expect(titles).toEqual(['Shipped', 'Packed', 'Order placed']);
    await page
      .getByRole('list', { name: 'Order history' })
      .getByText(`On its way with ${TRACKING.carrier}, tracking number ${TRACKING.trackingNumber}.`)
      .waitFor();

    await page.screenshot({ path: join(ARTIFACTS, 'order-tracking-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: join(ARTIFACTS, 'order-tracking-phone.png'), fullPage: true });
    expect(await overflows(page)).toBe(false);
    await page.setViewportSize(DESKTOP);

    // Buy again: a plain form post that fills the cart and says so.
    await page.getByRole('button', { name: 'Buy again' }).click();
    await page.waitForURL('**/cart');
    await expect(page.getByTestId('cart-notice').textContent()).resolves.toContain(`1 item from order #${order.number} is in your cart.`);
    await page.getByRole('main').getByRole('link', { name: order.lineTitle }).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'order-buy-again-cart-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells a customer their order was cancelled, why, and what came back', async () => {
    const customer = await registerCustomer(shop, 'Carla');
    const order = await placeOrder(shop, customer);
    await call(`${shop.api}/admin/orders/${order.id}/cancellation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await staffToken(shop)}` },
      body: JSON.stringify({ reason: 'The last one was damaged in our warehouse' }),
    });

    const { page, errors } = await openPage(shop, PHONE);
    await signInToStorefront(shop, page, customer);
    await page.goto(`${shop.storefront}/account/orders/${order.id}`);
    await expect(page.getByTestId('order-headline').textContent()).resolves.toContain('Cancelled');
    const steps = page.getByRole('list', { name: 'Order progress' }).getByRole('listitem');
    await expect(steps.evaluateAll((items) => items.map((item) => `${item.dataset.step}:${item.dataset.state}`))).resolves.toEqual([
      'placed:done',
      'confirmed:done',
      'cancelled:stopped',
    ]);
    await page.getByTestId('order-badges').getByText('Cancelled').waitFor();
    await page.getByRole('list', { name: 'Order history' }).getByText('Reason: The last one was damaged in our warehouse.').waitFor();
    const total = new Intl.NumberFormat('en', { style: 'currency', currency: order.total.currency }).format(order.total.amount / 100);
    await expect(page.getByTestId('refund-note').textContent()).resolves.toBe(`${total} was refunded to your original payment method.`);
    await expect(page.getByTestId('order-refunded').textContent()).resolves.toContain(total);
    await page.screenshot({ path: join(ARTIFACTS, 'order-cancelled-phone.png'), fullPage: true });
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a guest find their order by number and email, and says nothing about a wrong pair', async () => {
    const order = await placeOrder(shop);
    const { page, errors } = await openPage(shop, PHONE);

    // From the footer, as a guest with only the confirmation email would look for it.
    await page.goto(shop.storefront);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Track an order' }).click();
    await page.waitForURL('**/orders/lookup');
    await page.getByRole('heading', { name: 'Find your order' }).waitFor();

    await page.getByLabel('Order number').fill(String(order.number));
    await page.getByLabel('Email').fill(`not-${order.email}`);
    await page.getByRole('button', { name: 'Find my order' }).click();
    const problem = page.getByRole('alert');
    await expect(problem.textContent()).resolves.toContain("We couldn't find an order with that number and email.");
    await page.screenshot({ path: join(ARTIFACTS, 'order-lookup-not-found-phone.png'), fullPage: true });

    await page.getByLabel('Order number').fill(`#${order.number}`);
    await page.getByLabel('Email').fill(order.email.toUpperCase());
    await page.getByRole('button', { name: 'Find my order' }).click();
    await expect(page.getByTestId('order-number').textContent()).resolves.toBe(`#${order.number}`);
    await expect(page.getByTestId('order-lines').textContent()).resolves.toContain(order.lineTitle);
    await expect(page.getByTestId('order-headline').textContent()).resolves.toContain('Being prepared');
    await page.getByRole('list', { name: 'Order history' }).getByText('Order placed').waitFor();
    // Read-only: a guest has no account to buy again into or write from.
    expect(await page.getByRole('button', { name: 'Buy again' }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'order-lookup-found-phone.png'), fullPage: true });
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leads from the sign-in page to the guest lookup', async () => {
    const { page } = await openPage(shop, DESKTOP);
    await page.goto(`${shop.storefront}/account/sign-in`);
    await page.getByRole('link', { name: 'Find your order' }).click();
    await page.waitForURL('**/orders/lookup');
    await page.close();
  });
});
