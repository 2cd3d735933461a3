import { randomUUID } from 'node:crypto';
import { ANNA, givenCheckout } from '../checkout/given-checkout';
import { givenFor, Given, GivenStaff } from '../support/given';
import { recordQueries } from '../support/query-recorder';
import { startTestApp, TestApp } from '../support/test-app';

interface Summary {
  id: string;
  number: number;
  email: string;
  customerName: string;
  paymentStatus: string;
  total: { amount: number };
}

describe('staff order list and detail', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  const placed: { id: string; number: number; email: string; paymentId: string }[] = [];
  const tag = randomUUID().slice(0, 8);

  const list = (query: string, token = staff.accessToken) =>
    given.http.get<{ items: Summary[]; nextCursor: string | null }>(`/admin/orders?${query}`, { token });
  const numbers = async (query: string) => (await list(query)).body.items.map((o) => o.number).sort();

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('owner');
    const shop = await givenCheckout(app, given, staff.accessToken);
    const { variantId } = await shop.cart.variant({ price: 1000, trackInventory: false });
    const shoppers = [
      {
        email: `grace.${tag}@example.com`,
        shippingAddress: { ...ANNA, firstName: 'Grace', lastName: `Hopper${tag}` },
        provider: 'sandbox',
        quantity: 1,
      },
      {
        email: `alan.${tag}@example.com`,
        shippingAddress: { ...ANNA, firstName: 'Alan', lastName: `Turing${tag}` },
        provider: 'cash_on_delivery',
        quantity: 3,
      },
      {
        email: `ada.${tag}@example.com`,
        shippingAddress: { ...ANNA, firstName: 'Ada', lastName: `Lovelace${tag}` },
        provider: 'sandbox',
        quantity: 5,
      },
    ];
    for (const shopper of shoppers) {
      const cart = await shop.readyCart(variantId, shopper.quantity, undefined, shopper);
      const paid = await shop.pay(cart.id, cart.auth, {
        provider: shopper.provider,
        methodToken: shopper.provider === 'sandbox' ? 'tok_sandbox_approve' : undefined,
      });
      if (paid.status !== 201) throw new Error(JSON.stringify(paid.body));
      placed.push({ id: paid.body.order!.id, number: paid.body.order!.number, email: shopper.email, paymentId: paid.body.paymentId });
    }
  });
  afterAll(() => app.close());

  it('finds orders by number, email, name, payment state and total, newest first, in one query', async () => {
    const [grace, alan, ada] = placed;
    expect(await numbers(`q=${tag}`)).toEqual([grace.number, alan.number, ada.number].sort());
    expect((await list(`q=${tag}`)).body.items.map((o) => o.number)).toEqual([ada.number, alan.number, grace.number]);
    expect(await numbers(`q=%23${alan.number}`)).toEqual([alan.number]);
    expect(await numbers(`q=${encodeURIComponent(`ada.${tag}@`)}`)).toEqual([ada.number]);
    expect(await numbers(`q=hopper${tag}`)).toEqual([grace.number]);
    expect(await numbers(`q=${tag}&paymentStatus=pending`)).toEqual([alan.number]);
    expect(await numbers(`q=${tag}&totalMin=3000`)).toEqual([alan.number, ada.number].sort());
    expect(await numbers(`q=${tag}&status=cancelled`)).toEqual([]);
    const first = await list(`q=${tag}&limit=2`);
    const second = await list(`q=${tag}&limit=2&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((o) => o.number)).toEqual([ada.number, alan.number, grace.number]);
    expect(second.body.nextCursor).toBeNull();
    expect(first.body.items[0]).toMatchObject({ email: ada.email, customerName: `Ada Lovelace${tag}`, paymentStatus: 'paid' });

    const queries = recordQueries(app.db);
    try {
      await list(`q=${tag}&paymentStatus=paid&totalMin=1&placedFrom=2020-01-01T00:00:00Z`);
      expect(queries.count('FROM orders')).toBe(1);
    } finally {
      queries.restore();
    }
  });

  it('shows one order with its lines, payments and timeline', async () => {
    const [grace] = placed;
    const order = await given.http.get<{
      number: number;
      paymentIds: string[];
      timeline: { kind: string; actorType: string }[];
      lines: unknown[];
    }>(`/admin/orders/${grace.id}`, { token: staff.accessToken });
    expect(order.status).toBe(200);
    expect(order.body).toMatchObject({
      number: grace.number,
      paymentIds: [grace.paymentId],
      lines: [expect.objectContaining({ quantity: 1 })],
    });
    expect(order.body.timeline[0]).toMatchObject({ kind: 'placed' });
    expect((await given.http.get(`/admin/orders/${randomUUID()}`, { token: staff.accessToken })).status).toBe(404);
  });

  it('lets only staff who may read orders see them, and names a bad filter', async () => {
    const catalog = await given.staff('catalog');
    const fulfilment = await given.staff('fulfilment');
    const customer = await given.customer();
    expect((await list('', catalog.accessToken)).status).toBe(403);
    expect((await list('', customer.accessToken)).status).toBe(403);
    expect((await list('', fulfilment.accessToken)).status).toBe(200);
    const bad = await given.http.get<{ errors: { pointer: string }[] }>('/admin/orders?status=lost&totalMin=-1&placedFrom=soon', {
      token: staff.accessToken,
    });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e) => e.pointer))].sort()).toEqual(['/placedFrom', '/status', '/totalMin']);
  });
});
