import { ANNA, givenCheckout } from '../checkout/given-checkout';
import { givenFor, Given, GivenCustomer, GivenStaff, Tokens } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenCards } from './given-cards';

interface Address {
  firstName: string;
  lastName: string;
  line1: string;
  line2?: string;
  phone?: string;
  city: string;
  postcode: string;
  country: string;
}

interface Order {
  id: string;
  number: number;
  email: string;
  shippingAddress: Address;
  billingAddress: Address;
  timeline: { kind: string }[];
}

interface Export {
  profile: { email: string; firstName: string; lastName: string; phone: string | null };
  addresses: unknown[];
  savedCards: unknown[];
  preferences: { marketingEmails: boolean; favouriteCategoryIds: string[] };
  orders: Order[];
}

const ADDRESS = { ...ANNA, line2: '2nd floor', phone: '+31 20 123 4567', company: 'Lovelace BV' };

describe('deleting my account', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let shop: Awaited<ReturnType<typeof givenCheckout>>;
  let variantId: string;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    staff = await given.staff('owner');
    shop = await givenCheckout(app, given, staff.accessToken);
    ({ variantId } = await shop.cart.variant({ trackInventory: false }));
  });
  afterAll(() => app.close());

  const deleteMe = (token: string, password: string) => given.http.delete<{ code: string }>('/store/me', { token, body: { password } });

  /** A customer with everything an account holds: profile, an address, preferences, a saved card and a paid order. */
  const customerWithHistory = async (): Promise<GivenCustomer & { orderId: string }> => {
    const customer = await given.customer();
    const token = customer.accessToken;
    await given.http.patch('/store/me', { token, body: { firstName: 'Ada', lastName: 'Lovelace', phone: '+31 6 1234 5678' } });
    await given.http.post('/store/me/addresses', { token, body: ADDRESS });
    await given.http.put('/store/me/preferences', {
      token,
      body: {
        marketingEmails: true,
        favouriteCategoryIds: [],
        preferredDeliveryKind: 'pickup',
        preferredPaymentProvider: 'sandbox',
        emails: { shipped: false, delivered: true, messageReplies: true },
      },
    });
    await givenCards(given).sandbox(token);
    const cart = await shop.readyCart(variantId, 1, token, { email: customer.email, shippingAddress: ADDRESS });
    const paid = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' });
    if (paid.status !== 201) throw new Error(JSON.stringify(paid.body));
    return { ...customer, orderId: paid.body.order!.id };
  };

  it('refuses a wrong password and keeps everything', async () => {
    const customer = await given.customer();
    const refused = await deleteMe(customer.accessToken, 'not-my-password');
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('wrong_password');
    expect((await given.http.get('/store/me', { token: customer.accessToken })).status).toBe(200);
    expect((await given.http.delete('/store/me', { token: customer.accessToken, body: {} })).status).toBe(400);
    expect((await given.http.delete('/store/me', { body: { password: 'x' } })).status).toBe(401);
  });

  it('anonymizes me, ends every session, and keeps my orders for the books without my name or street', async () => {
    const customer = await customerWithHistory();
    const otherSession = await given.http.post<Tokens>('/store/auth/login', {
      body: { email: customer.email, password: customer.password },
    });
    const bystander = await customerWithHistory();
    const sandboxIds: string[] = (
      await app.db.manager.query(
        `SELECT provider_method_id AS id FROM saved_payment_methods m JOIN customers c ON c.id = m.customer_id WHERE c.email = $1
         UNION ALL SELECT provider_customer_id FROM payment_customers p JOIN customers c ON c.id = p.customer_id WHERE c.email = $1`,
        [customer.email],
      )
    ).map((row: { id: string }) => row.id);
    expect(sandboxIds).toHaveLength(2);

    expect((await deleteMe(customer.accessToken, customer.password)).status).toBe(204);

    // Signed out everywhere, and no way back in.
    expect((await given.http.post('/store/auth/login', { body: { email: customer.email, password: customer.password } })).status).toBe(401);
    expect((await given.http.post('/store/auth/refresh', { body: { refreshToken: otherSession.body.refreshToken } })).status).toBe(401);
    expect((await given.http.post('/store/auth/refresh', { body: { refreshToken: customer.refreshToken } })).status).toBe(401);
    expect((await given.http.get('/store/me', { token: customer.accessToken })).status).toBe(401);

    // What the store still holds about the account: nothing that names or reaches the person.
    const exported = await given.http.get<Export>('/store/me/export', { token: customer.accessToken });
    expect(exported.body.profile).toMatchObject({ firstName: '', lastName: '', phone: null });
    expect(exported.body.profile.email).toMatch(/^deleted-.+@anonymized\.invalid$/);
    expect(exported.body).toMatchObject({ addresses: [], savedCards: [], preferences: { marketingEmails: false } });
    const text = JSON.stringify(exported.body);
    for (const personal of [customer.email, 'Lovelace', ADDRESS.line1, ADDRESS.line2, ADDRESS.phone, 'Anna', '1234 5678']) {
      expect(text).not.toContain(personal);
    }
    expect(exported.body.orders).toHaveLength(1);

    // Staff still see the order, its money and where it went for tax; not who or which street.
    const order = await given.http.get<Order>(`/admin/orders/${customer.orderId}`, { token: staff.accessToken });
    expect(order.status).toBe(200);
    expect(order.body.email).toBe(exported.body.profile.email);
    for (const address of [order.body.shippingAddress, order.body.billingAddress]) {
      expect(address).toEqual({
        firstName: 'Deleted',
        lastName: 'customer',
        line1: 'Address removed',
        city: ANNA.city,
        postcode: ANNA.postcode,
        country: ANNA.country,
      });
    }
    expect(order.body.timeline.map((e) => e.kind)).toContain('customer_anonymized');

    // The mail log keeps that mail went (the order confirmation), not to whom or what it said.
    const mails: { to_address: string; text_body: string | null }[] = await app.db.manager.query(
      `SELECT to_address, text_body FROM mail_messages WHERE to_address IN ($1, $2)`,
      [customer.email, exported.body.profile.email],
    );
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.every((mail) => mail.to_address === exported.body.profile.email && mail.text_body === null)).toBe(true);

    // The card is gone at the sandbox too, and the sandbox customer with it.
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM sandbox_payment_objects WHERE id = ANY($1)`, [
      sandboxIds,
    ]);
    expect(count).toBe(0);

    // Somebody else's account and order are untouched.
    const theirs = await given.http.get<Order>(`/admin/orders/${bystander.orderId}`, { token: staff.accessToken });
    expect(theirs.body.email).toBe(bystander.email);
    expect(theirs.body.shippingAddress).toMatchObject({ firstName: 'Anna', line1: ANNA.line1 });
    expect((await given.http.get('/store/me', { token: bystander.accessToken })).status).toBe(200);
  });

  it('frees the email address for a new account', async () => {
    const customer = await given.customer();
    expect((await deleteMe(customer.accessToken, customer.password)).status).toBe(204);
    const again = await given.http.post('/store/auth/register', { body: { email: customer.email, password: customer.password } });
    expect(again.status).toBe(201);
  });

  it('waits while a payment is under way, so no order is placed from erased data', async () => {
    const customer = await given.customer();
    const cart = await shop.readyCart(variantId, 1, customer.accessToken);
    const paying = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_action' });
    expect(paying.body.status).toBe('requires_action');
    const refused = await deleteMe(customer.accessToken, customer.password);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('checkout_in_progress');
    expect((await given.http.get('/store/me', { token: customer.accessToken })).status).toBe(200);
  });
});
