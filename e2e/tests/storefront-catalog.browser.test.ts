import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, openPage, PHONE, Shop, startShop } from '../support/shop';

/** The few fields of the API's answers these tests read to choose what to click and what to expect. */
interface Money {
  amount: number;
  currency: string;
}
interface Availability {
  status: 'in_stock' | 'low_stock' | 'out_of_stock' | 'backorder';
  available: number | null;
  expectedAt: string | null;
}
interface Variant {
  id: string;
  title: string;
  options: Record<string, string>;
  price: Money;
  wasPrice: Money | null;
  availability: Availability;
}
interface ProductCard {
  handle: string;
  title: string;
  options: { name: string; values: string[] }[];
  variants: Variant[];
}
interface DeliveryOption {
  estimate: { earliest: string; latest: string };
}

/** The product page must stay under this much gzipped JavaScript (the reason the islands run on Preact). */
const JS_BUDGET_BYTES = 40 * 1024;

const money = ({ amount, currency }: Money) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / 100);
const weekday = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
const purchasable = (v: Variant) => v.availability.status !== 'out_of_stock';

/** What the page says about stock, as the storefront words it. */
function availabilityLabel({ status, available }: Availability): string | RegExp {
  if (status === 'in_stock') return 'In stock';
  if (status === 'low_stock') return available ? `Only ${available} left` : 'Only a few left';
  if (status === 'backorder') return /^(Back in stock on \d{1,2} \w{3}|Available to order)$/;
  return 'Sold out';
}

describe('storefront catalog in a browser', () => {
  let shop: Shop;
  /** A product whose second variant differs from the first in price and availability, both orderable. */
  let product: ProductCard;
  let first: Variant;
  let other: Variant;

  beforeAll(async () => {
    shop = await startShop();
    ({ product, first, other } = await findProductWithDistinctVariants(shop.api));
  }, 120_000);
  afterAll(() => shop?.stop());

  it('finds sweaters for a misspelt search, with suggestions while typing', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await page.goto(shop.storefront);
    const search = page.getByRole('searchbox', { name: 'Search products' });
    await search.click();
    await search.pressSequentially('sweter', { delay: 40 });
    const suggestion = page
      .locator('#search-suggestions')
      .getByRole('link', { name: /sweater/i })
      .first();
    await suggestion.waitFor({ state: 'visible' });

    await search.press('Enter');
    await page.waitForURL(/\/search\?q=sweter/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('sweter');
    const titles = await page.getByRole('list', { name: 'Products' }).getByRole('heading', { level: 3 }).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((title) => /sweater/i.test(title))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'storefront-catalog-search-desktop.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows a category by size and sorts it by price', async () => {
    const category = await topCategoryWithSizes(shop.api);
    const { page, errors } = await openPage(shop, DESKTOP);
    await page.goto(`${shop.storefront}/categories/${category}`);
    const before = await productCount(page);

    // Beside the products, ticking a box applies the filter at once.
    const sizes = page.getByRole('group', { name: 'Size' });
    await sizes.getByRole('checkbox', { name: /^M\b/ }).check();
    await page.waitForURL(/option=Size%3AM/);
    const after = await productCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.getByRole('link', { name: 'Remove filter: Size: M' }).count()).toBe(1);

    await page.getByLabel('Sort by').selectOption('price_asc');
    await page.waitForURL(/sort=price_asc/);
    expect(page.url()).toContain('option=Size%3AM');
    const prices = await cardPrices(page);
    expect(prices.length).toBeGreaterThan(1);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    await page.screenshot({ path: join(ARTIFACTS, 'storefront-catalog-category-desktop.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters on a phone through the folded filter panel', async () => {
    const category = await topCategoryWithSizes(shop.api);
    const { page, errors } = await openPage(shop, PHONE);
    await page.goto(`${shop.storefront}/categories/${category}`);
    const before = await productCount(page);
    await page.getByText('Filters', { exact: true }).first().click();
    await page.getByRole('group', { name: 'Size' }).getByRole('checkbox', { name: /^S\b/ }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/option=Size%3AS/);
    expect(await productCount(page)).toBeLessThan(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('updates price, availability and delivery dates when a shopper picks another variant', async () => {
    const { page, errors } = await openPage(shop, PHONE);
    const scripts: Buffer[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.body());
    });
    await page.goto(`${shop.storefront}/products/${product.handle}`, { waitUntil: 'networkidle' });
    const info = productInfo(page);
    await info.getByText(money(first.price), { exact: true }).first().waitFor();
    await expectAvailability(info, first);

    const delivery = page.getByRole('region', { name: 'Delivery' });
    for (const option of product.options) {
      await info.getByRole('button', { name: new RegExp(`^${escape(other.options[option.name])}\\b`) }).click();
    }
    await page.waitForURL(new RegExp(`variant=${other.id}`));
    await info.getByText(money(other.price), { exact: true }).first().waitFor();
    await expectAvailability(info, other);
    expect(await page.getByRole('status').filter({ hasText: other.title }).textContent()).toContain(money(other.price));
    const [expected] = await deliveryOptions(shop.api, product.handle, other.id);
    await delivery
      .getByText(new RegExp(`Arrives ${escape(weekday(expected.estimate.earliest))}`))
      .first()
      .waitFor();
    expect(
      await info
        .getByRole('button', { name: new RegExp(`^${escape(other.options[product.options[0].name])}\\b`) })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.screenshot({ path: join(ARTIFACTS, 'storefront-catalog-product-phone.png'), fullPage: true });

    const gzipped = scripts.reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(gzipped).toBeLessThan(JS_BUDGET_BYTES);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows price, availability and delivery without JavaScript, and switches variant by form', async () => {
    const context = await shop.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    const response = await page.goto(`${shop.storefront}/products/${product.handle}`);
    expect(response?.status()).toBe(200);
    const info = productInfo(page);
    expect(await info.getByText(money(first.price), { exact: true }).count()).toBeGreaterThan(0);
    await expectAvailability(info, first);
    const delivery = page.getByRole('region', { name: 'Delivery' });
    const [firstDelivery] = await deliveryOptions(shop.api, product.handle, first.id);
    expect(await delivery.textContent()).toContain(`Arrives ${weekday(firstDelivery.estimate.earliest)}`);

    await page.getByLabel('Option').selectOption(other.id);
    await page.getByRole('button', { name: 'Show price and delivery' }).click();
    await page.waitForURL(new RegExp(`variant=${other.id}`));
    expect(await info.getByText(money(other.price), { exact: true }).count()).toBeGreaterThan(0);
    await expectAvailability(info, other);
    const [otherDelivery] = await deliveryOptions(shop.api, product.handle, other.id);
    expect(await page.getByRole('region', { name: 'Delivery' }).textContent()).toContain(
      `Arrives ${weekday(otherDelivery.estimate.earliest)}`,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'storefront-catalog-product-nojs-phone.png'), fullPage: true });
    await context.close();
  });

  it('describes products for search engines: JSON-LD, canonical link, sitemap and robots.txt', async () => {
    const html = await (await fetch(`${shop.storefront}/products/${product.handle}`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
      (m) => JSON.parse(m[1]) as Record<string, unknown>,
    );
    const ld = blocks.find((b) => b['@type'] === 'Product') as {
      name: string;
      offers: { offers: { price: string; availability: string }[] };
    };
    expect(ld.name).toBe(product.title);
    expect(ld.offers.offers).toHaveLength(product.variants.length);
    for (const offer of ld.offers.offers) {
      expect(offer.price).toMatch(/^\d+\.\d{2}$/);
      expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock|BackOrder|LimitedAvailability)$/);
    }
    expect(blocks.some((b) => b['@type'] === 'BreadcrumbList')).toBe(true);
    expect(html).toContain(`<link rel="canonical" href="${shop.storefront}/products/${product.handle}">`);

    const sitemap = await (await fetch(`${shop.storefront}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${shop.storefront}/products/${product.handle}</loc>`);
    expect(sitemap.match(/<loc>[^<]*\/products\//g)?.length).toBeGreaterThanOrEqual(100);
    const robots = await (await fetch(`${shop.storefront}/robots.txt`)).text();
    expect(robots).toContain('Disallow: /account');
    expect(robots).toContain(`Sitemap: ${shop.storefront}/sitemap.xml`);
  });

  it('answers an unknown product with a 404 that offers search and categories', async () => {
    const { page } = await openPage(shop, PHONE);
    const response = await page.goto(`${shop.storefront}/products/no-such-product`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('searchbox', { name: 'Search the shop' }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Categories' }).getByRole('link').count()).toBeGreaterThan(0);
    await page.close();
  });
});

/** The column beside the gallery: title, price, options, availability and delivery. */
function productInfo(page: Page): Locator {
  return page.locator('div', { has: page.getByRole('heading', { level: 1 }) }).last();
}

async function expectAvailability(info: Locator, variant: Variant): Promise<void> {
  await info.getByText(availabilityLabel(variant.availability), { exact: true }).first().waitFor();
}

async function productCount(page: Page): Promise<number> {
  const text = await page
    .getByText(/^\s*\d+ products?\s*$/)
    .first()
    .textContent();
  return Number(text?.match(/\d+/)?.[0]);
}

/** The price each card shows first (the "from" price when variants differ), in minor units. */
async function cardPrices(page: Page): Promise<number[]> {
  const texts = await page
    .getByRole('list', { name: 'Products' })
    .getByRole('article')
    .locator('p:has(span.tabular-nums) > span:first-child')
    .allTextContents();
  return texts.map((t) => Math.round(Number(t.replace(/[^\d.]/g, '')) * 100));
}

async function api<T>(base: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function deliveryOptions(base: string, handle: string, variantId: string): Promise<DeliveryOption[]> {
  const options = await api<DeliveryOption[]>(base, `/store/products/${handle}/delivery?variantId=${variantId}&country=NL`);
  expect(options.length).toBeGreaterThan(0);
  return options;
}

async function topCategoryWithSizes(base: string): Promise<string> {
  const tree = await api<{ handle: string }[]>(base, '/store/categories');
  for (const { handle } of tree) {
    const facets = await api<{ options: { name: string; values: { value: string }[] }[] }>(
      base,
      `/store/products/facets?category=${handle}`,
    );
    const sizes = facets.options.find((o) => o.name === 'Size')?.values.map((v) => v.value) ?? [];
    if (sizes.includes('M') && sizes.includes('S')) return handle;
  }
  throw new Error('no category with sizes S and M in the demo catalog');
}

/**
 * The demo catalog is generated; rather than trust a handle, find a product whose default variant (the
 * first one that can be ordered) and another orderable one differ in price, was-price and availability.
 */
async function findProductWithDistinctVariants(base: string): Promise<{ product: ProductCard; first: Variant; other: Variant }> {
  let cursor: string | null = null;
  do {
    const page: { items: ProductCard[]; nextCursor: string | null } = await api(
      base,
      `/store/products?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    for (const product of page.items) {
      const first = product.variants.find(purchasable);
      const other = product.variants.find(
        (v) =>
          first &&
          purchasable(v) &&
          v.price.amount !== first.price.amount &&
          v.price.amount !== first.wasPrice?.amount &&
          v.availability.status !== first.availability.status,
      );
      if (first && other && product.options.length > 0) return { product, first, other };
    }
    cursor = page.nextCursor;
  } while (cursor);
  throw new Error('no product in the demo catalog has two orderable variants that differ in price and availability');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
