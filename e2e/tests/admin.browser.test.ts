import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openPage, PHONE, Shop, startShop } from '../support/shop';

const OWNER = { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' };

async function signIn(page: Page, shop: Shop, who = OWNER): Promise<void> {
  await page.goto(`${shop.admin}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

describe('admin in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('signs staff in and shows who they are in the frame', async () => {
    const { page, errors } = await openPage(shop);
    await page.goto(`${shop.admin}/staff`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill('a-wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or password is wrong', { exact: false }).first().waitFor();

    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/staff/);
    await page.getByText('Olivia Owens').first().waitFor();
    expect(await page.getByText('Owner').count()).toBeGreaterThan(0);
    await page.getByRole('cell', { name: 'analyst@demo.tillpoint.dev' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-staff-desktop.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('invites a staff member, whose invitation appears in the mail log', async () => {
    const { page } = await openPage(shop);
    await signIn(page, shop);
    await page.goto(`${shop.admin}/staff`);
    await page.getByRole('button', { name: 'Invite staff' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('new.hire@shop.test');
    await dialog.getByLabel('Name').fill('New Hire');
    await dialog.getByRole('combobox').click();
    await page.getByRole('option', { name: /Support/ }).click();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('cell', { name: 'new.hire@shop.test' }).waitFor();

    await page.getByRole('link', { name: 'Mail' }).click();
    await page.getByText('You are invited to run E2E Outfitters').first().waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('changes a role and deactivates a staff member, who is then refused', async () => {
    const { page } = await openPage(shop);
    await signIn(page, shop);
    await page.goto(`${shop.admin}/staff`);
    await page.getByRole('button', { name: 'Actions for Chloé Castel' }).click();
    await page.getByRole('menuitem', { name: /Change role/ }).click();
    const roleDialog = page.getByRole('dialog');
    await roleDialog.getByRole('combobox').click();
    await page.getByRole('option', { name: /Manager/ }).click();
    await roleDialog.getByRole('button', { name: /Save|Change/ }).click();
    await page
      .getByRole('row', { name: /catalog@demo\.tillpoint\.dev/ })
      .getByText('Manager')
      .waitFor();

    await page.getByRole('button', { name: 'Actions for Chloé Castel' }).click();
    await page.getByRole('menuitem', { name: /Deactivate/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await page
      .getByRole('row', { name: /catalog@demo\.tillpoint\.dev/ })
      .getByText('Deactivated')
      .waitFor();

    const login = await fetch(`${shop.api}/admin/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'catalog@demo.tillpoint.dev', password: 'tillpoint-demo' }),
    });
    expect(login.status).toBe(401);
    await page.close();
  });

  it('creates an API key, shows its secret once, and revokes it', async () => {
    const { page } = await openPage(shop);
    await signIn(page, shop);
    await page.goto(`${shop.admin}/api-keys`);
    await page
      .getByRole('button', { name: /Create key/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Browser test key');
    await dialog.getByRole('checkbox', { name: /staff:read/ }).click();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const secretField = page.getByLabel('Secret key');
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^tp_sk_/);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-api-key-created.png') });

    const withKey = await fetch(`${shop.api}/admin/staff`, { headers: { authorization: `Bearer ${secret}` } });
    expect(withKey.status).toBe(200);

    await page.getByRole('button', { name: 'I have stored the secret' }).click();
    expect(await page.getByText(secret).count()).toBe(0);
    await page.getByRole('button', { name: 'Revoke' }).first().click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Revoke/ })
      .click();
    await page.getByText('Revoked').first().waitFor();
    const afterRevoke = await fetch(`${shop.api}/admin/staff`, { headers: { authorization: `Bearer ${secret}` } });
    expect(afterRevoke.status).toBe(401);
    await page.close();
  });

  it('shows an analyst only what the role allows, on a phone', async () => {
    const { page } = await openPage(shop, PHONE);
    await signIn(page, shop, { email: 'analyst@demo.tillpoint.dev', password: 'tillpoint-demo' });
    await page
      .getByRole('button', { name: /menu|navigation/i })
      .first()
      .click();
    const nav = page.getByRole('navigation').last();
    await nav.getByRole('link', { name: 'Staff' }).waitFor();
    expect(await nav.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Jobs' }).count()).toBe(0);
    await page.waitForTimeout(500); // let the drawer finish sliding in before the picture
    await page.screenshot({ path: join(ARTIFACTS, 'admin-analyst-phone.png') });
    await nav.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('cell', { name: 'owner@demo.tillpoint.dev' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Invite staff' }).count()).toBe(0);
    await page.close();
  });
});
