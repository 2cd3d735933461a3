import { givenCheckout } from '../checkout/given-checkout';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

describe('a guest finds their order', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let order: { number: number; id: string };

  const lookUp = (body: unknown, ip = '203.0.113.7') =>
    given.http.post<{ id?: string; code?: string; instance?: string; errors?: { pointer: string }[] }>('/store/orders/lookup', {
      body,
      headers: { 'x-forwarded-for': ip },
    });

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('owner');
    const shop = await givenCheckout(app, given, staff.accessToken);
    const { variantId } = await shop.cart.variant({ trackInventory: false });
    const cart = await shop.readyCart(variantId, 1, undefined, { email: 'guest.lookup@example.com' });
    const paid = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' });
    order = paid.body.order!;
  });
  afterAll(() => app.close());

  it('by its number and email, in any case; a wrong number or email is the same 404', async () => {
    const found = await lookUp({ number: order.number, email: 'Guest.Lookup@Example.com' });
    expect(found.status).toBe(200);
    expect(found.body.id).toBe(order.id);
    const wrongEmail = await lookUp({ number: order.number, email: 'someone.else@example.com' });
    const wrongNumber = await lookUp({ number: order.number + 100_000, email: 'guest.lookup@example.com' });
    expect([wrongEmail.status, wrongNumber.status]).toEqual([404, 404]);
    expect(wrongEmail.body).toEqual({ ...wrongNumber.body, instance: wrongEmail.body.instance });
    const bad = await lookUp({ number: 'x', email: 'nope' });
    expect([...new Set(bad.body.errors?.map((e) => e.pointer))].sort()).toEqual(['/email', '/number']);
  });

  it('stops an address guessing after ten tries a minute', async () => {
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await lookUp({ number: 1, email: `guess${i}@example.com` }, '198.51.100.9')).status);
    expect(answers.slice(0, 10).every((status) => status === 404)).toBe(true);
    expect(answers[10]).toBe(429);
  });
});
