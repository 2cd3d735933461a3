import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openPage, PHONE, Shop, startShop } from '../support/shop';

const OWNER = { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' };
const MANAGER = { email: 'manager@demo.tillpoint.dev', password: 'tillpoint-demo' };
const STRIPE_SECRET = 'sk_test_E2eOnlyNeverShownBack9xQa';

async function signIn(page: Page, shop: Shop, who = OWNER): Promise<void> {
  await page.goto(`${shop.admin}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

async function adminGet(shop: Shop, path: string): Promise<string> {
  const login = await fetch(`${shop.api}/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await fetch(`${shop.api}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(response.status).toBe(200);
  return response.text();
}

describe('admin checkout settings in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('stores a Stripe secret key that is shown back only by its last four characters', async () => {
    const { page, errors } = await openPage(shop);
    await signIn(page, shop);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/settings\/payments/);
    expect(await page.getByLabel('Webhook endpoint').first().inputValue()).toBe(`${shop.api}/webhooks/stripe`);

    await page.getByLabel('Secret key', { exact: true }).fill(STRIPE_SECRET);
    await page.getByRole('button', { name: 'Save payment settings' }).click();
    await page.getByText('The payment settings were saved.').waitFor();
    await page.getByText('••9xQa').waitFor();
    // The box is gone: only "Replace" brings an empty one back.
    await page.getByRole('button', { name: 'Replace the secret key' }).waitFor();
    expect(await page.content()).not.toContain(STRIPE_SECRET);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-payment-settings.png'), fullPage: true });

    await page.reload();
    await page.getByText('••9xQa').waitFor();
    expect(await page.content()).not.toContain(STRIPE_SECRET);

    const stored = await adminGet(shop, '/admin/payments/settings');
    expect(stored).not.toContain(STRIPE_SECRET);
    expect(JSON.parse(stored).stripe.secretKey).toEqual({ configured: true, last4: '9xQa' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts the API’s field errors next to the fields of a provider', async () => {
    const { page } = await openPage(shop);
    await signIn(page, shop);
    await page.goto(`${shop.admin}/settings/payments`);
    await page.getByLabel('Publishable key').fill('not-a-key');
    await page.getByRole('button', { name: 'Save payment settings' }).click();
    await page.getByText('Must start with pk_test_ or pk_live_').waitFor();
    await page.close();
  });

  it('changes the reservation time, refusing 0 minutes with a message by the field', async () => {
    const { page } = await openPage(shop);
    await signIn(page, shop);
    await page.goto(`${shop.admin}/settings/checkout`);
    const reservation = page.getByLabel('Stock reservation');
    await reservation.fill('0');
    await page.getByRole('button', { name: 'Save cart settings' }).click();
    await page.getByText('Must not be less than 1').waitFor();
    expect(await reservation.getAttribute('aria-invalid')).toBe('true');

    await reservation.fill('25');
    await page.getByRole('button', { name: 'Save cart settings' }).click();
    await page.getByText('The cart settings were saved.').waitFor();
    await page.reload();
    expect(await page.getByLabel('Stock reservation').inputValue()).toBe('25');
    expect(JSON.parse(await adminGet(shop, '/admin/cart-settings')).reservationMinutes).toBe(25);
    await page.close();
  });

  it('changes a tax rate, which stays changed after a reload', async () => {
    const { page } = await openPage(shop);
    await signIn(page, shop);
    await page.goto(`${shop.admin}/settings/taxes`);
    const row = page.getByRole('row', { name: /Netherlands/ });
    await row.getByRole('button', { name: /^Edit/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Rate', { exact: true }).fill('9.5');
    await dialog.getByRole('button', { name: 'Save rate' }).click();
    await row.getByText('9.5%').waitFor();

    await page.reload();
    await page
      .getByRole('row', { name: /Netherlands/ })
      .getByText('9.5%')
      .waitFor();
    await page.close();
  });

  it('creates a discount code and pauses it', async () => {
    const { page } = await openPage(shop);
    await signIn(page, shop);
    await page.goto(`${shop.admin}/discount-codes`);
    await page.getByRole('button', { name: 'New code' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Code', { exact: true }).fill('SPRING15');
    await dialog.getByLabel('Percent off').fill('15');
    await dialog.getByRole('button', { name: 'Create code' }).click();
    const row = page.getByRole('row', { name: /SPRING15/ });
    await row.getByText('15% off').waitFor();

    await row.getByRole('button', { name: 'Edit SPRING15' }).click();
    await page
      .getByRole('dialog')
      .getByRole('checkbox', { name: /Active/ })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save code' }).click();
    await row.getByText('Paused').waitFor();
    await page.close();
  });

  it('shows a manager the settings without a way to change them, on a phone', async () => {
    const { page, errors } = await openPage(shop, PHONE);
    await signIn(page, shop, MANAGER);
    await page.goto(`${shop.admin}/settings/payments`);
    await page.getByText('only the store owner', { exact: false }).waitFor();
    expect(await page.getByLabel('Publishable key').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^(Replace|Remove) the/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-payment-settings-manager-phone.png'), fullPage: true });

    await page.getByRole('link', { name: 'Taxes' }).click();
    await page.getByRole('row', { name: /Germany/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Add rate' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
