import type { Page } from 'playwright-core';
import type { Shop } from './shop';
import { type Customer, OWNER, registerCustomer, signInToStorefront } from './store-api';

/** A demo product with stock in every variant, priced under the €500 cash-on-delivery limit. */
export const PRODUCT = 'hooded-ripstop-rain-coat-187';

/** Signs staff in through the admin's sign-in page (the owner unless someone else is given). */
export async function signInToAdmin(shop: Shop, page: Page, who: { email: string; password: string } = OWNER): Promise<void> {
  await page.goto(`${shop.admin}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** A new customer, registered through the API and signed in through the storefront's sign-in page. */
export async function registerAndSignIn(shop: Shop, page: Page, firstName: string): Promise<Customer> {
  const customer = await registerCustomer(shop, firstName);
  await signInToStorefront(shop, page, customer);
  return customer;
}

/** Puts one of PRODUCT in an empty cart from its page, and goes on to the checkout from the mini cart. */
export async function addToCartAndCheckout(shop: Shop, page: Page): Promise<void> {
  await page.goto(`${shop.storefront}/products/${PRODUCT}`);
  const addButton = page.getByRole('button', { name: 'Add to cart' });
  // Astro drops `ssr` from an island once it has hydrated: before that the button does nothing.
  await page.locator('astro-island:not([ssr])').filter({ has: addButton }).first().waitFor();
  await addButton.click();
  const miniCart = page.getByRole('dialog', { name: /Your cart/ });
  await miniCart.waitFor();
  await expect(page.getByTestId('cart-count').textContent()).resolves.toBe('1');
  await miniCart.getByRole('link', { name: 'Checkout' }).click();
  await page.waitForURL('**/checkout');
}

/** The checkout's address step, filled with an Amsterdam address, then standard delivery. */
export async function fillShippingAndDelivery(page: Page): Promise<void> {
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Address', { exact: true }).fill('Damrak 1');
  await page.getByLabel('Postcode').fill('1012 LG');
  await page.getByLabel('City').fill('Amsterdam');
  await page.getByRole('button', { name: 'Continue to delivery' }).click();
  await page.getByRole('radio', { name: /Standard delivery/ }).click();
  await page.locator('[data-step="3"][data-state="done"]').waitFor();
}
