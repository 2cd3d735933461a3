import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNA } from '../checkout/given-checkout';
import { givenOrders } from '../orders/given-orders';
import { givenFor, Given, GivenCustomer } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenCards } from './given-cards';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Every customer route that names an object, tried by another customer with the first one's ids. The routes
 * come from the OpenAPI document, so a new route that names an object fails here until it is added below.
 */
describe('a customer reaches only their own orders, messages, addresses, cards and carts', () => {
  let app: TestApp;
  let given: Given;
  let owner: GivenCustomer;
  let intruder: GivenCustomer;
  const ids: Record<string, string> = {};

  /** A valid body for each route, so that what answers is the ownership check, not validation. */
  const bodies: Record<string, Record<string, unknown>> = {
    'put /store/me/addresses/{id}': { ...ANNA, label: 'Home' },
    'post /store/me/orders/{id}/messages': { body: 'Where is my parcel?' },
    'patch /store/carts/{id}': { email: 'intruder@example.com' },
    'post /store/carts/{id}/lines': { variantId: '' },
    'patch /store/carts/{id}/lines/{lineId}': { quantity: 2 },
    'post /store/carts/{id}/checkout': { provider: 'sandbox', methodToken: 'tok_sandbox_approve' },
  };
  /** Which of the owner's objects each path names. */
  const objectOf = (path: string): Record<string, string> => {
    if (path.startsWith('/store/me/addresses/')) return { id: ids.address };
    if (path.startsWith('/store/me/orders/')) return { id: ids.order };
    if (path.startsWith('/store/me/payment-methods/')) return { id: ids.card };
    if (path.startsWith('/store/carts/')) return { id: ids.cart, lineId: ids.cartLine };
    throw new Error(`${path} names an object this test does not know: add it to objectOf`);
  };

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    const staff = await given.staff('owner');
    const orders = await givenOrders(app, given, staff.accessToken);
    [owner, intruder] = [await given.customer(), await given.customer()];
    const variantId = await orders.variant(20);
    bodies['post /store/carts/{id}/lines'] = { variantId, quantity: 1 };

    ids.order = (await orders.place(variantId, 1, 'sandbox', owner.accessToken)).id;
    const address = await given.http.post<{ id: string }>('/store/me/addresses', { token: owner.accessToken, body: { ...ANNA } });
    ids.address = address.body.id;
    ids.card = (await givenCards(given).sandbox(owner.accessToken)).id;
    const cart = await orders.shop.cart.create(owner.accessToken);
    ids.cart = cart.body.id;
    const added = await orders.shop.cart.call(
      'post',
      `/store/carts/${ids.cart}/lines`,
      { customer: owner.accessToken },
      { variantId, quantity: 1 },
    );
    ids.cartLine = added.body.lines[0].id;
    const written = await given.http.post(`/store/me/orders/${ids.order}/messages`, { token: owner.accessToken, body: { body: 'Hello' } });
    if (written.status !== 201) throw new Error(`message: ${JSON.stringify(written.body)}`);
  });
  afterAll(() => app.close());

  it('answers 404 on every route naming another customer’s object, and changes nothing', async () => {
    const document = JSON.parse(readFileSync(join(__dirname, '../../../openapi/openapi.json'), 'utf8')) as {
      paths: Record<string, Partial<Record<Method, unknown>>>;
    };
    const routes = Object.entries(document.paths)
      .filter(([path]) => /^\/store\/(me|carts)\/.*\{/.test(path))
      .flatMap(([path, operations]) => (Object.keys(operations) as Method[]).map((method) => ({ method, path })));
    expect(routes.length).toBeGreaterThanOrEqual(14);

    const answers: string[] = [];
    for (const { method, path } of routes) {
      const names = objectOf(path);
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => names[name]);
      const key = `${method} ${path}`;
      const body = method === 'get' ? undefined : (bodies[key] ?? {});
      const answer = await given.http[method](url, { token: intruder.accessToken, body });
      answers.push(`${key} → ${answer.status}`);
    }
    expect(answers).toEqual(routes.map(({ method, path }) => `${method} ${path} → 404`));

    // The owner's objects are as they were.
    const mine = (path: string) => given.http.get<{ items?: unknown[] }>(path, { token: owner.accessToken });
    expect((await mine('/store/me/addresses')).body.items).toHaveLength(1);
    expect((await givenCards(given).list(owner.accessToken)).map((c) => c.id)).toEqual([ids.card]);
    expect((await mine(`/store/me/orders/${ids.order}/messages`)).body.items).toHaveLength(1);
    const cart = await given.http.get<{ lines: { quantity: number }[]; email: string | null }>(`/store/carts/${ids.cart}`, {
      token: owner.accessToken,
    });
    expect(cart.body.lines).toEqual([expect.objectContaining({ quantity: 1 })]);
    expect(cart.body.email).not.toBe('intruder@example.com');
  });

  it('keeps lists to their owner: the other customer sees none of it', async () => {
    for (const path of ['/store/me/orders', '/store/me/addresses', '/store/me/payment-methods']) {
      const answer = await given.http.get<{ items: { id: string }[] }>(path, { token: intruder.accessToken });
      expect(answer.status).toBe(200);
      expect(answer.body.items).toEqual([]);
    }
  });
});
