import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addToCartAndCheckout, fillShippingAndDelivery, registerAndSignIn } from '../support/browser-steps';
import { ARTIFACTS, DESKTOP, openPage, PHONE, Shop, startShop } from '../support/shop';

interface PlacedOrder {
  number: number;
  email: string;
  paymentProvider: string;
  total: { amount: number };
}

async function guestDetails(page: Page, email: string): Promise<void> {
  // Typed into before the checkout hydrates, the fields would be reset by it (a slow machine shows this).
  await page
    .locator('astro-island:not([ssr])')
    .filter({ has: page.getByLabel('Email') })
    .first()
    .waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await fillShippingAndDelivery(page);
}

/** The order the confirmation page shows, read back from the API with the guest cart's token from its cookie. */
async function guestOrderFromApi(shop: Shop, page: Page): Promise<PlacedOrder> {
  const placed = (await page.context().cookies()).find((cookie) => cookie.name === 'tp_placed');
  const [cartId, token] = decodeURIComponent(placed?.value ?? '').split(':');
  expect(page.url()).toContain(`/checkout/confirmation/${cartId}`);
  const response = await fetch(`${shop.api}/store/carts/${cartId}/order`, { headers: { 'X-Cart-Token': token } });
  expect(response.status).toBe(200);
  return (await response.json()) as PlacedOrder;
}

async function shownOrderNumber(page: Page): Promise<string> {
  await page.waitForURL('**/checkout/confirmation/**');
  await page.getByText('A confirmation email is on its way', { exact: false }).waitFor();
  return (await page.getByTestId('order-number').textContent()) ?? '';
}

/** The guest cart's status as the API has it, read with the token from its cookie. */
async function cartStatus(shop: Shop, page: Page): Promise<string> {
  const cart = (await page.context().cookies()).find((cookie) => cookie.name === 'tp_cart');
  const [cartId, token] = decodeURIComponent(cart?.value ?? '').split(':');
  const response = await fetch(`${shop.api}/store/carts/${cartId}`, { headers: { 'X-Cart-Token': token } });
  return ((await response.json()) as { status: string }).status;
}

describe('storefront checkout in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('lets a guest pay with the approving sandbox test card, after a declined one, and shows the order', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await addToCartAndCheckout(shop, page);
    await guestDetails(page, 'guest-card@example.com');

    await page.getByRole('radio', { name: /Test card that declines/ }).check();
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.getByTestId('payment-problem').getByText('Your card was declined.').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'checkout-declined-desktop.png'), fullPage: true });

    await page.getByRole('radio', { name: /Test card that approves/ }).check();
    await page.getByRole('button', { name: /^Pay / }).click();
    const shown = await shownOrderNumber(page);
    const order = await guestOrderFromApi(shop, page);
    expect(shown).toBe(`#${order.number}`);
    expect(order).toMatchObject({ email: 'guest-card@example.com', paymentProvider: 'sandbox' });
    await page.screenshot({ path: join(ARTIFACTS, 'checkout-confirmation-desktop.png'), fullPage: true });

    // The cart is over: the header shows none, and the cart page is empty again.
    await page.goto(`${shop.storefront}/cart`);
    await page.getByRole('heading', { name: 'Your cart is empty' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a guest on a phone pay cash on delivery', async () => {
    const { page, errors } = await openPage(shop, PHONE);
    await addToCartAndCheckout(shop, page);
    await guestDetails(page, 'guest-cod@example.com');
    await page.getByRole('radio', { name: 'Cash on delivery' }).check();
    await page.getByText('Pay in cash to the courier', { exact: false }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'checkout-cod-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);

    await page.getByRole('button', { name: /^Place order/ }).click();
    const shown = await shownOrderNumber(page);
    const order = await guestOrderFromApi(shop, page);
    expect(shown).toBe(`#${order.number}`);
    expect(order.paymentProvider).toBe('cash_on_delivery');
    await expect(page.getByTestId('payment-label').textContent()).resolves.toBe('Cash on delivery');
    await page.screenshot({ path: join(ARTIFACTS, 'checkout-confirmation-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a guest cancel a payment waiting for approval, then pay again with the cart open', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await addToCartAndCheckout(shop, page);
    await guestDetails(page, 'guest-cancel@example.com');
    await page.getByRole('radio', { name: /Test card that asks for approval/ }).check();
    await page.getByRole('button', { name: /^Pay / }).click();
    await page.waitForURL('**/checkout/sandbox/**');

    // Left the approval page: the checkout offers to continue the payment or to cancel it.
    await page.goto(`${shop.storefront}/checkout`);
    const underWay = page.getByTestId('payment-under-way');
    await underWay.getByRole('heading', { name: 'A payment is under way' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'checkout-under-way-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: join(ARTIFACTS, 'checkout-under-way-phone.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await page.setViewportSize(DESKTOP);

    await underWay.getByRole('link', { name: 'Continue payment' }).click();
    await page.waitForURL('**/checkout/sandbox/**');
    await page.getByRole('button', { name: 'Cancel and return to checkout' }).click();
    await page.waitForURL('**/checkout');
    expect(await cartStatus(shop, page)).toBe('open');

    await page.getByRole('radio', { name: /Test card that approves/ }).check();
    await page.getByRole('button', { name: /^Pay / }).click();
    await shownOrderNumber(page);
    expect((await guestOrderFromApi(shop, page)).email).toBe('guest-cancel@example.com');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a signed-in customer tick "save this card" while paying, and keeps the card in the account', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await registerAndSignIn(shop, page, 'Grace');
    await addToCartAndCheckout(shop, page);
    await fillShippingAndDelivery(page);
    await page.getByRole('radio', { name: /Test card that approves/ }).check();
    await page.getByLabel('Save this card for next time').check();
    await page.getByRole('button', { name: /^Pay / }).click();
    await shownOrderNumber(page);
    await page.goto(`${shop.storefront}/account/payment-methods`);
    await page
      .getByTestId('saved-cards')
      .getByRole('button', { name: /Remove Visa ending/ })
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a signed-in customer save a test card in the account, then pay with it', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    const customer = await registerAndSignIn(shop, page, 'Grace');
    await page.getByRole('link', { name: 'Saved cards' }).click();
    await page.getByRole('radio', { name: /Visa test card ending 4242/ }).check();
    await page.getByRole('button', { name: 'Save card' }).click();
    await page
      .getByTestId('saved-cards')
      .getByRole('button', { name: /Remove Visa ending 4242/ })
      .waitFor();

    await addToCartAndCheckout(shop, page);
    // Signed in, the contact step is the account's email.
    await page.locator('[data-step="1"][data-state="done"]').getByText(customer.email).waitFor();
    await fillShippingAndDelivery(page);
    const savedCard = page.getByRole('radio', { name: /Visa ending 4242/ });
    await expect(savedCard.isChecked()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'checkout-saved-card-desktop.png'), fullPage: true });
    await page.getByRole('button', { name: /^Pay / }).click();
    // Either the order or the refusal, so that a refusal fails the test with the API's own words.
    const problem = page.getByTestId('payment-problem');
    await Promise.race([page.waitForURL('**/checkout/confirmation/**'), problem.waitFor()]);
    expect(page.url().includes('/checkout/confirmation/') ? null : await problem.textContent()).toBeNull();
    const shown = await shownOrderNumber(page);

    const login = await fetch(`${shop.api}/store/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: customer.email, password: customer.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const orders = (await (await fetch(`${shop.api}/store/me/orders`, { headers: { Authorization: `Bearer ${accessToken}` } })).json()) as {
      items: PlacedOrder[];
    };
    expect(orders.items.map((order) => `#${order.number}`)).toEqual([shown]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
