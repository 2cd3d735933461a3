import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, DESKTOP, openPage, Shop, startShop } from '../support/shop';
import { signInToAdmin } from '../support/browser-steps';
import { call, placeOrder, staffToken, type PlacedOrder } from '../support/store-api';

const TRACKING_NUMBER = `3SE2E${Date.now().toString().slice(-8)}`;
const REFUND = { amount: 100, typed: '1.00', reason: 'Arrived a day late' };

/** Where checkout took the order's stock: the location staff pack it from. */
async function saleLocation(shop: Shop, orderId: string): Promise<string> {
  const movements = await call<{ items: { locationName: string; reference: { id: string } | null }[] }>(
    `${shop.api}/admin/inventory/movements?kind=sold&limit=100`,
    { headers: { authorization: `Bearer ${await staffToken(shop)}` } },
  );
  const sale = movements.items.find((movement) => movement.reference?.id === orderId);
  if (!sale) throw new Error(`No sale of order ${orderId} in the stock ledger`);
  return sale.locationName;
}

/** Submits the open dialog with its primary button and waits until it has closed. */
async function submitDialog(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  // A dialog that stays open says why (the API's refusal, a field's error): put that in the failure.
  await dialog.waitFor({ state: 'detached', timeout: 15_000 }).catch(async () => {
    throw new Error(`The dialog stayed open: ${await dialog.innerText()}`);
  });
}

describe('staff fulfil, ship and refund an order in a browser', () => {
  let shop: Shop;
  let order: PlacedOrder;

  beforeAll(async () => {
    shop = await startShop();
    order = await placeOrder(shop);
  }, 120_000);
  afterAll(() => shop?.stop());

  it('fulfils with carrier and tracking, marks shipped, refunds part, and the timeline shows each step', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await signInToAdmin(shop, page);
    await page.goto(`${shop.admin}/orders/${order.id}`);
    await page.getByRole('heading', { name: `Order #${order.number}` }).waitFor();
    await page.getByText('Paid', { exact: true }).first().waitFor();

    // Fulfil: everything left is proposed from where the sale is booked; give the carrier and number, and the link is made.
    await page.getByRole('button', { name: 'Fulfil items' }).click();
    const fulfil = page.getByRole('dialog', { name: 'Fulfil items' });
    await fulfil
      .getByRole('combobox', { name: 'Ship from' })
      .getByText(await saleLocation(shop, order.id))
      .waitFor();
    expect(
      await fulfil
        .getByRole('textbox', { name: /^Quantity of/ })
        .first()
        .inputValue(),
    ).toBe('1');
    await fulfil.getByLabel('Carrier').fill('PostNL'); // a box with suggestions: a combobox
    await fulfil.getByRole('textbox', { name: 'Tracking number' }).fill(TRACKING_NUMBER);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-order-fulfil-dialog-desktop.png') });
    await submitDialog(page, 'Fulfil items');

    const parcels = page.getByRole('list', { name: 'Parcels' });
    const tracking = parcels.getByRole('link', { name: new RegExp(TRACKING_NUMBER) });
    await tracking.waitFor();
    expect(await tracking.getAttribute('href')).toBe(`https://jouw.postnl.nl/track-and-trace/${TRACKING_NUMBER}`);
    expect(await tracking.getAttribute('target')).toBe('_blank');
    await parcels.getByText('Packed, not shipped').waitFor();

    // Ship: the parcel already has its tracking, so the dialog only confirms.
    await page.getByRole('button', { name: 'Mark as shipped' }).click();
    await page.getByRole('dialog', { name: 'Mark as shipped' }).getByText('Every parcel already has its tracking.').waitFor();
    await submitDialog(page, 'Mark as shipped');
    await parcels.getByText('Shipped', { exact: true }).waitFor();

    // Refund part: the amount is typed in major units and may not exceed what is left to refund.
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    const refund = page.getByRole('dialog', { name: 'Refund' });
    const amount = refund.getByRole('textbox', { name: 'Amount' });
    await amount.fill(String(order.total.amount)); // far more than was paid, in major units
    await refund.getByRole('button', { name: 'Refund', exact: true }).click();
    await refund.getByText(/can be refunded/).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'admin-order-refund-dialog-desktop.png') });
    await amount.fill(REFUND.typed);
    await refund.getByRole('textbox', { name: 'Reason (optional)' }).fill(REFUND.reason);
    await submitDialog(page, 'Refund');

    const money = (amountMinor: number) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: order.total.currency }).format(amountMinor / 100);
    await page.getByRole('list', { name: 'Refunds' }).getByText(money(REFUND.amount)).waitFor();
    await page.getByText('Partially refunded').first().waitFor();

    // Each step on the timeline, with who did it.
    const timeline = page.getByRole('list', { name: 'Order timeline' });
    for (const step of ['Order placed', 'Items fulfilled', 'Marked as shipped', `Refunded ${money(REFUND.amount)}`]) {
      await timeline.getByText(step, { exact: true }).waitFor();
    }
    const shippedStep = timeline.getByRole('listitem').filter({ hasText: 'Items fulfilled' });
    expect(await shippedStep.textContent()).toContain('You');
    expect(await timeline.getByRole('link', { name: 'Track parcel' }).first().getAttribute('href')).toContain(TRACKING_NUMBER);

    await page.screenshot({ path: join(ARTIFACTS, 'admin-order-fulfilment-desktop.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints a packing slip and an invoice without the admin around them', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await signInToAdmin(shop, page);
    await page.goto(`${shop.admin}/orders/${order.id}/invoice`);
    const invoice = page.getByRole('article', { name: `Invoice · Order #${order.number}` });
    await invoice.getByRole('table', { name: 'Invoice lines' }).getByText(order.lineTitle).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-order-invoice-desktop.png'), fullPage: true });

    await page.goto(`${shop.admin}/orders/${order.id}/packing-slip`);
    await page.getByRole('table', { name: 'Items to pack' }).getByText(order.lineTitle).waitFor();
    // On paper only the document: the bar with Print is gone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-order-packing-slip-print.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the order list filters as a saved view, a tab that brings them back', async () => {
    const { page, errors } = await openPage(shop, DESKTOP);
    await signInToAdmin(shop, page);
    await page.goto(`${shop.admin}/orders?paymentStatus=partially_refunded`);
    const table = page.getByRole('table', { name: 'Orders' });
    await table.getByRole('link', { name: `#${order.number}` }).waitFor();

    await page.getByRole('button', { name: 'Save view' }).click();
    const save = page.getByRole('dialog', { name: 'Save view' });
    await save.getByRole('textbox', { name: 'Name' }).fill('Partly refunded');
    await save.getByRole('checkbox', { name: 'Share with all staff' }).click();
    await submitDialog(page, 'Save view');

    const views = page.getByRole('navigation', { name: 'Saved views' });
    const tab = views.getByRole('button', { name: /^Partly refunded/ });
    await page.waitForFunction(() => document.querySelector('[aria-pressed="true"]')?.textContent?.includes('Partly refunded'));
    await views.getByRole('button', { name: 'All orders' }).click();
    await page.waitForURL((url) => !url.search.includes('paymentStatus'));
    await tab.click();
    await page.waitForURL(/paymentStatus=partially_refunded/);
    await page.screenshot({ path: join(ARTIFACTS, 'admin-order-saved-views-desktop.png') });

    await views.getByRole('button', { name: 'Delete view Partly refunded' }).click();
    await page.getByRole('dialog', { name: 'Delete view?' }).getByRole('button', { name: 'Delete view' }).click();
    await tab.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
