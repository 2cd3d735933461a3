import { ANNA, givenCheckout } from '../checkout/given-checkout';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

interface Export {
  profile: { email: string };
  addresses: { address: { line1: string } }[];
  preferences: { marketingEmails: boolean };
  savedCards: { last4: string }[];
  orders: { number: number; lines: { quantity: number }[] }[];
}

describe('export my data', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('owner');
  });
  afterAll(() => app.close());

  it("hands a customer their profile, addresses, preferences, cards and orders, and nobody else's", async () => {
    const [customer, other] = [await given.customer(), await given.customer()];
    const shop = await givenCheckout(app, given, staff.accessToken);
    const { variantId } = await shop.cart.variant({ trackInventory: false });
    const cart = await shop.readyCart(variantId, 2, customer.accessToken);
    const paid = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve', saveMethod: true });
    expect(paid.status).toBe(201);
    await given.http.post('/store/me/addresses', { token: customer.accessToken, body: ANNA });
    const otherCart = await shop.readyCart(variantId, 1, other.accessToken);
    await shop.pay(otherCart.id, otherCart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' });

    const exported = await given.http.get<Export>('/store/me/export', { token: customer.accessToken });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    expect(exported.body.profile.email).toBe(customer.email);
    expect(exported.body.addresses.map((a) => a.address.line1)).toEqual([ANNA.line1]);
    expect(exported.body.preferences.marketingEmails).toBe(false);
    expect(exported.body.savedCards).toHaveLength(1);
    expect(exported.body.orders.map((o) => [o.number, o.lines[0].quantity])).toEqual([[paid.body.order!.number, 2]]);
    expect((await given.http.get('/store/me/export')).status).toBe(401);
  });
});
