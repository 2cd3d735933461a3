import { join } from 'node:path';
import { ARTIFACTS, DESKTOP, openPage, PHONE, Shop, startShop } from '../support/shop';

describe('storefront in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('shows the home page with the store name from the API, on a phone and on a desktop', async () => {
    for (const [name, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { page, errors } = await openPage(shop, viewport);
      const response = await page.goto(shop.storefront);
      expect(response?.status()).toBe(200);
      await expect(page.title()).resolves.toContain('E2E Outfitters');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('E2E Outfitters');
      expect(await page.getByRole('link', { name: /skip to/i }).count()).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow).toBe(false);
      await page.screenshot({ path: join(ARTIFACTS, `storefront-home-${name}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('registers a customer, signs out and back in, with no JavaScript at all', async () => {
    const context = await shop.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    const email = `browser-${Date.now()}@example.com`;

    await page.goto(`${shop.storefront}/account/register`);
    await page.getByLabel('First name').fill('Hedy');
    await page.getByLabel('Last name').fill('Lamarr');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    expect(await page.getByText(/at least 10 characters|longer than or equal to 10/i).count()).toBeGreaterThan(0);
    expect(await page.getByLabel('Email').inputValue()).toBe(email);

    await page.getByLabel('Password').fill('frequency-hopping');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/account(\?|$)/);
    expect(await page.getByRole('heading', { name: /Hello, Hedy/ }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'storefront-account-phone.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${shop.storefront}/account`);
    await page.waitForURL(/\/account\/sign-in/);

    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not-my-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByText('The email or password is wrong.').count()).toBeGreaterThan(0);

    await page.getByLabel('Password').fill('frequency-hopping');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account(\?|$)/);
    expect(await page.getByRole('heading', { name: /Hello, Hedy/ }).count()).toBe(1);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'tp_rt')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await context.close();
  });

  it('answers an unknown page with a useful 404', async () => {
    const { page } = await openPage(shop);
    const response = await page.goto(`${shop.storefront}/no-such-page`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('link', { name: /home|shop/i }).count()).toBeGreaterThan(0);
    await page.close();
  });
});
