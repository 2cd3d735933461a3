import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addToCartAndCheckout, fillShippingAndDelivery, registerAndSignIn } from '../support/browser-steps';
import { ARTIFACTS, DESKTOP, openPage, PHONE, Shop, startShop } from '../support/shop';

/** Buys one item through the storefront checkout with the approving test card; the confirmation's number, line and total. */
async function placeOrder(shop: Shop, page: Page): Promise<{ number: string; line: string; total: string }> {
  await addToCartAndCheckout(shop, page);
  // Typed into before the checkout hydrates, the fields would be reset by it.
  await page
    .locator('astro-island:not([ssr])')
    .filter({ has: page.getByLabel('First name') })
    .first()
    .waitFor();

  await fillShippingAndDelivery(page);
  await page.getByRole('radio', { name: /Test card that approves/ }).check();
  await page.getByRole('button', { name: /^Pay / }).click();

  await page.waitForURL('**/checkout/confirmation/**');
  const lines = page.getByRole('list', { name: 'Items in your order' }).getByRole('listitem');
  await expect(lines.count()).resolves.toBe(1);
  return {
    number: (await page.getByTestId('order-number').textContent()) ?? '',
    line: (await lines.first().locator('span.font-medium').first().textContent()) ?? '',
    total: (await page.getByTestId('order-total').textContent()) ?? '',
  };
}

async function overflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe('storefront order history in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('sends a signed-out visitor to sign in first', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await page.goto(`${shop.storefront}/account/orders`);
    await page.waitForURL((url) => url.pathname === '/account/sign-in' && url.searchParams.get('next') === '/account/orders');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists a customer's order, opens it, and hides it from another customer", async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await registerAndSignIn(shop, page, 'Grace');

    // Nothing bought yet: the empty list says so and leads back to the shop.
    await page.goto(`${shop.storefront}/account/orders`);
    await page.getByRole('heading', { name: 'No orders yet' }).waitFor();
    await page.getByRole('link', { name: 'Start shopping' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'orders-empty-desktop.png'), fullPage: true });

    const placed = await placeOrder(shop, page);
    expect(placed.number).toMatch(/^#\d+$/);

    // Account → Orders: the order with its number, total and state in plain words.
    await page.goto(`${shop.storefront}/account`);
    await page.getByRole('list', { name: 'Latest orders' }).getByText(`Order ${placed.number}`).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'account-with-orders-desktop.png'), fullPage: true });
    await page.getByRole('link', { name: 'Orders', exact: true }).click();
    await page.waitForURL('**/account/orders');
    const row = page.getByTestId('orders').getByRole('link', { name: new RegExp(`Order ${placed.number}\\b`) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(placed.total);
    await expect(row.textContent()).resolves.toContain('1 item');
    await row.getByText('Paid', { exact: true }).waitFor();
    await row.getByText('Preparing', { exact: true }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'orders-list-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: join(ARTIFACTS, 'orders-list-phone.png'), fullPage: true });
    expect(await overflows(page)).toBe(false);
    await page.setViewportSize(DESKTOP);

    // The order itself: its line and total, as the confirmation showed them.
    await row.click();
    await page.waitForURL('**/account/orders/*');
    const orderUrl = page.url();
    await expect(page.getByTestId('order-number').textContent()).resolves.toBe(placed.number);
    const lines = page.getByTestId('order-lines').getByRole('listitem');
    await expect(lines.count()).resolves.toBe(1);
    await expect(lines.first().textContent()).resolves.toContain(placed.line);
    await expect(page.getByTestId('order-total').textContent()).resolves.toBe(placed.total);
    await expect(page.getByTestId('payment-label').textContent()).resolves.toBe('Card');
    await page
      .getByTestId('delivery-estimate')
      .getByText(/^Expected /)
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'order-detail-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: join(ARTIFACTS, 'order-detail-phone.png'), fullPage: true });
    expect(await overflows(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();

    // Another customer with the same link finds nothing: not "forbidden", which would say it exists.
    const other = await openPage(shop, DESKTOP);
    await registerAndSignIn(shop, other.page, 'Alan');
    const response = await other.page.goto(orderUrl);
    expect(response?.status()).toBe(404);
    await other.page.getByRole('heading', { name: "We couldn't find that order" }).waitFor();
    await other.page.screenshot({ path: join(ARTIFACTS, 'order-not-found-desktop.png'), fullPage: true });
    const unknown = await other.page.goto(`${shop.storefront}/account/orders/not-an-order`);
    expect(unknown?.status()).toBe(404);
    expect(other.errors).toEqual([]);
    await other.page.close();
  });
});
