import { join } from 'node:path';
import { signInToAdmin } from '../support/browser-steps';
import { ARTIFACTS, openPage, PHONE, Shop, startShop } from '../support/shop';
import { placeOrder, type PlacedOrder } from '../support/store-api';

const CATALOG = { email: 'catalog@demo.tillpoint.dev', password: 'tillpoint-demo' };

describe('admin orders in a browser', () => {
  let shop: Shop;
  let order: PlacedOrder;

  beforeAll(async () => {
    shop = await startShop();
    order = await placeOrder(shop);
  }, 120_000);
  afterAll(() => shop?.stop());

  it('finds an order by its number and shows its lines, total and timeline', async () => {
    const { page, errors } = await openPage(shop);
    await signInToAdmin(shop, page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
    await page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();

    await page.getByRole('searchbox', { name: 'Search orders' }).fill(String(order.number));
    // The router quotes a search that reads as a number: ?q=%221001%22.
    await page.waitForURL(/[?&]q=/);
    const table = page.getByRole('table', { name: 'Orders' });
    const link = table.getByRole('link', { name: `#${order.number}` });
    await link.waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-orders-list-desktop.png'), fullPage: true });

    await link.click();
    await page.getByRole('heading', { name: `Order #${order.number}` }).waitFor();
    await page.getByRole('table', { name: 'Order lines' }).getByText(order.lineTitle).waitFor();
    const total = new Intl.NumberFormat('en-US', { style: 'currency', currency: order.total.currency }).format(order.total.amount / 100);
    expect(await page.getByTestId('order-total').textContent()).toBe(total);
    await page.getByRole('list', { name: 'Order timeline' }).getByText('Order placed').waitFor();
    await page.getByText(order.email).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-orders-detail-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the list and the order readable on a phone', async () => {
    const { page, errors } = await openPage(shop, PHONE);
    await signInToAdmin(shop, page);
    await page.goto(`${shop.admin}/orders?paymentStatus=paid`);
    await page
      .getByRole('table', { name: 'Orders' })
      .getByRole('link', { name: `#${order.number}` })
      .waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-orders-list-phone.png'), fullPage: true });
    await page.goto(`${shop.admin}/orders/${order.id}`);
    await page.getByRole('heading', { name: `Order #${order.number}` }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-orders-detail-phone.png'), fullPage: true });
    // Wide tables scroll inside their card; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows no Orders entry to a catalog manager', async () => {
    const { page } = await openPage(shop);
    await signInToAdmin(shop, page, CATALOG);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Products' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Orders' }).count()).toBe(0);
    await page.close();
  });
});
