import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PRODUCT, registerAndSignIn } from '../support/browser-steps';
import { ARTIFACTS, DESKTOP, openPage, PHONE, Shop, startShop } from '../support/shop';

async function overflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe('the customer account in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('keeps preferences, an address and a new name, and the checkout starts from them', async () => {
    const { page, errors } = await openPage(shop, PHONE);
    await registerAndSignIn(shop, page, 'Ada');

    // The account page: every part of the account one tap away, nothing wider than the phone.
    const sections = page.getByRole('navigation', { name: 'Your account' }).getByRole('link');
    await expect(sections.count()).resolves.toBe(8);
    expect(await overflows(page)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'account-phone.png'), fullPage: true });

    // Preferences, saved and still there after a reload.
    await page.getByRole('link', { name: 'Preferences', exact: true }).click();
    await page.waitForURL('**/account/preferences');
    await page.getByLabel('News and offers').check();
    const favourites = page.getByRole('group', { name: 'Favourite categories' }).getByRole('checkbox');
    const favourite = (await favourites.first().getAttribute('value')) ?? '';
    await favourites.first().check();
    await page.getByLabel('When an order is delivered').uncheck();
    await page.getByRole('radio', { name: /^Express/ }).check();
    await page.getByRole('radio', { name: 'Card', exact: true }).check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.waitForURL('**/account/preferences?notice=preferences-saved');
    await page.getByText('Your preferences were saved.').waitFor();
    await page.reload();
    await expect(page.getByLabel('News and offers').isChecked()).resolves.toBe(true);
    await expect(page.locator(`input[name="favouriteCategoryIds"][value="${favourite}"]`).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('When an order is delivered').isChecked()).resolves.toBe(false);
    await expect(page.getByLabel('When an order ships, with its tracking link').isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: /^Express/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Card', exact: true }).isChecked()).resolves.toBe(true);
    expect(await overflows(page)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'account-preferences-phone.png'), fullPage: true });

    // The profile: a new name and a phone number.
    await page.goto(`${shop.storefront}/account/profile`);
    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill('Hopper');
    await page.getByLabel('Phone (optional)').fill('+31 6 1234 5678');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile was saved.').waitFor();
    await expect(page.getByLabel('Phone (optional)').inputValue()).resolves.toBe('+31 6 1234 5678');
    await page.goto(`${shop.storefront}/account`);
    await page.getByRole('heading', { name: 'Hello, Grace' }).waitFor();

    // An address: a wrong postcode is named beside its field, then the first address becomes both defaults.
    await page.getByRole('link', { name: 'Addresses', exact: true }).click();
    await page.getByRole('link', { name: 'Add an address' }).click();
    await page.waitForURL('**/account/addresses/new');
    await page.getByLabel('Name this address (optional)').fill('Home');
    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill('Hopper');
    await page.getByLabel('Address', { exact: true }).fill('Damrak 1');
    await page.getByLabel('Postcode').fill('not a postcode');
    await page.getByLabel('City').fill('Amsterdam');
    await page.getByLabel('Country').selectOption('NL');
    await page.getByRole('button', { name: 'Add address' }).click();
    await page
      .getByRole('alert')
      .getByText(/Postcode/)
      .waitFor();
    await page.getByLabel('Postcode').fill('1012 LG');
    await page.getByRole('button', { name: 'Add address' }).click();
    await page.waitForURL('**/account/addresses?notice=address-added');
    const kept = page.getByTestId('address-book').getByRole('listitem');
    await expect(kept.count()).resolves.toBe(1);
    await kept.getByRole('heading', { name: 'Home' }).waitFor();
    await kept.getByText('Default shipping').waitFor();
    await kept.getByText('Damrak 1').waitFor();
    expect(await overflows(page)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'account-addresses-phone.png'), fullPage: true });

    // The checkout starts from them: the default address filled in, express delivery and the card chosen.
    await page.setViewportSize(DESKTOP);
    await page.goto(`${shop.storefront}/products/${PRODUCT}`);
    const addButton = page.getByRole('button', { name: 'Add to cart' });
    await page.locator('astro-island:not([ssr])').filter({ has: addButton }).first().waitFor();
    await addButton.click();
    await page
      .getByRole('dialog', { name: /Your cart/ })
      .getByRole('link', { name: 'Checkout' })
      .click();
    await page.waitForURL('**/checkout');
    const firstName = page.getByLabel('First name');
    await page.locator('astro-island:not([ssr])').filter({ has: firstName }).first().waitFor();
    await expect(firstName.inputValue()).resolves.toBe('Grace');
    await expect(page.getByLabel('Postcode').inputValue()).resolves.toBe('1012 LG');
    await page.getByRole('button', { name: 'Continue to delivery' }).click();
    await page
      .locator('[data-step="3"][data-state="done"]')
      .getByText(/Express/)
      .waitFor();
    await expect(page.getByRole('radio', { name: 'Card', exact: true }).isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('deletes the account once the password confirms it, signs out and says goodbye', async () => {
    const { page, errors } = await openPage(shop, PHONE);
    await registerAndSignIn(shop, page, 'Ada');
    await page.getByRole('link', { name: 'Your data', exact: true }).click();
    await page.waitForURL('**/account/delete');
    await page.getByLabel('Your password').fill('not-my-password');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Password is wrong' }).waitFor();
    expect(await overflows(page)).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'account-delete-phone.png'), fullPage: true });

    await page.getByLabel('Your password').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL('**/account/deleted');
    await page.getByRole('heading', { name: 'Your account has been deleted' }).waitFor();
    await page.goto(`${shop.storefront}/account`);
    await page.waitForURL(/\/account\/sign-in/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the account sections beside each page on a wide screen', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await registerAndSignIn(shop, page, 'Ada');
    await page.goto(`${shop.storefront}/account/preferences`);
    const nav = page.getByRole('navigation', { name: 'Your account' });
    await expect(nav.getByRole('link', { name: 'Preferences' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.screenshot({ path: join(ARTIFACTS, 'account-preferences-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
