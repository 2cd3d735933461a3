import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openPage, Shop, startShop } from '../support/shop';

const CATALOG = { email: 'catalog@demo.tillpoint.dev', password: 'tillpoint-demo' };

async function signIn(page: Page, shop: Shop, who = CATALOG): Promise<void> {
  await page.goto(`${shop.admin}/sign-in`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Opens the first product of a category in the editor; returns its title. */
async function openFirstProductIn(page: Page, shop: Shop, categoryPath: string): Promise<string> {
  await page.goto(`${shop.admin}/products`);
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: categoryPath }).click();
  await page.waitForURL(/categoryId=/);
  const link = page.getByRole('table', { name: 'Products' }).getByRole('link').first();
  const title = (await link.textContent())?.trim() ?? '';
  await link.click();
  await page.getByRole('heading', { name: title }).waitFor();
  return title;
}

interface StoreVariant {
  id: string;
  title: string;
  price: { amount: number; currency: string };
}

describe('admin catalog in a browser', () => {
  let shop: Shop;

  beforeAll(async () => {
    shop = await startShop();
  }, 120_000);
  afterAll(() => shop?.stop());

  it('changes the price of a variant in the product editor, and the shop charges it', async () => {
    const { page, errors } = await openPage(shop);
    await signIn(page, shop);
    // Shirts are in none of the demo sales, so the shop's price is the base price.
    await openFirstProductIn(page, shop, 'Clothing › Shirts');
    const handle = await page.getByLabel('Handle').inputValue();

    const variants = page.getByRole('table', { name: 'Variants' });
    const variantTitle = (await variants.getByRole('row').nth(1).getByRole('cell').first().textContent())?.trim() ?? '';
    await variants.getByRole('button', { name: `Edit ${variantTitle}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Price', { exact: true }).fill('123.45');
    await dialog.getByLabel('Compare-at').fill('');
    await dialog.getByRole('button', { name: 'Save variant' }).click();
    await dialog.waitFor({ state: 'detached' });
    await variants
      .getByRole('row', { name: new RegExp(variantTitle) })
      .getByText('€123.45')
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-catalog-product-editor.png'), fullPage: true });

    const product = (await fetch(`${shop.api}/store/products/${handle}`).then((r) => r.json())) as { variants: StoreVariant[] };
    const variant = product.variants.find((v) => v.title === variantTitle);
    expect(variant?.price).toEqual({ amount: 12345, currency: 'EUR' });

    const html = await fetch(`${shop.storefront}/products/${handle}?variant=${variant?.id}`).then((r) => r.text());
    expect(html).toContain('123.45');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adjusts the stock of a variant at a location, and the level shown changes', async () => {
    const { page, errors } = await openPage(shop);
    await signIn(page, shop);
    const title = await openFirstProductIn(page, shop, 'Home › Candles');

    await page.goto(`${shop.admin}/inventory`);
    await page.getByRole('combobox', { name: 'Find a product' }).fill(title);
    await page
      .getByRole('option', { name: new RegExp(title) })
      .first()
      .click();
    await page.waitForURL(/productId=/);
    const row = page.getByRole('table', { name: 'Stock levels' }).getByRole('row').nth(1);
    const onHandCell = row.getByRole('cell').nth(2);
    const before = Number((await onHandCell.textContent())?.replace(/\D/g, ''));

    await row.getByRole('button', { name: /^Adjust / }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Change in units').fill('5');
    await dialog.getByLabel('Note (optional)').fill('E2E delivery');
    await dialog.getByRole('button', { name: 'Adjust stock' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(
      ([cellText]) => document.querySelector('table[aria-label="Stock levels"] tbody tr td:nth-child(3)')?.textContent?.trim() === cellText,
      [String(before + 5)],
    );
    expect(Number((await onHandCell.textContent())?.replace(/\D/g, ''))).toBe(before + 5);

    await row.getByRole('button', { name: /^Movement history/ }).click();
    await page.getByRole('dialog').getByText('E2E delivery').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-catalog-stock-history.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a CSV with a progress bar that reaches done, and the product is in the shop', async () => {
    const { page, errors } = await openPage(shop);
    await signIn(page, shop);
    await page.goto(`${shop.admin}/import`);
    const header =
      'handle,title,status,subtitle,vendor,category,collections,tags,description,seo_title,seo_description,option1_name,option1_value,option2_name,option2_value,option3_name,option3_value,sku,barcode,currency,price,compare_at_price,weight_grams,track_inventory,allow_backorder,backorder_expected_at,low_stock_threshold,stock';
    const row =
      'e2e-imported-mug,E2E Imported Mug,active,,E2E Pottery,ceramics,,,A mug from a CSV file.,,,,,,,,,E2E-MUG-1,,EUR,14.50,,350,true,false,,5,';
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'e2e-products.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${row}\n`) });

    const progress = page.getByRole('progressbar', { name: /e2e-products\.csv/ });
    await progress.waitFor();
    const report = page.getByRole('region', { name: 'Import report' });
    await report.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'admin-catalog-import.png'), fullPage: true });
    expect(await report.getByText('Every row was imported.').count()).toBe(1);
    expect(await progress.getAttribute('aria-valuenow')).toBe('1');
    expect(await progress.getAttribute('aria-valuemax')).toBe('1');

    const product = (await fetch(`${shop.api}/store/products/e2e-imported-mug`).then((r) => r.json())) as { variants: StoreVariant[] };
    expect(product.variants[0]?.price).toEqual({ amount: 1450, currency: 'EUR' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
