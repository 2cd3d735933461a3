import { givenFor, Given, GivenCustomer, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenCheckout } from './given-checkout';

describe('checkout with a saved card', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let shop: Awaited<ReturnType<typeof givenCheckout>>;

  /** A card kept the way the account page keeps one: a setup, the sandbox's confirmation, then saved. */
  const savedCard = async (customer: GivenCustomer, token = 'tok_sandbox_visa') => {
    const setup = await given.http.post<{ clientSecret: string }>('/store/me/payment-methods/setup', {
      token: customer.accessToken,
      body: { provider: 'sandbox' },
    });
    const confirmed = await given.http.post<{ providerMethodId: string }>('/store/payments/sandbox/setups/confirm', {
      body: { clientSecret: setup.body.clientSecret, token },
    });
    const saved = await given.http.post<{ id: string; last4: string }>('/store/me/payment-methods', {
      token: customer.accessToken,
      body: { provider: 'sandbox', providerMethodId: confirmed.body.providerMethodId },
    });
    expect(saved.status).toBe(201);
    return saved.body;
  };

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('owner');
    shop = await givenCheckout(app, given, staff.accessToken);
  });
  afterAll(() => app.close());

  it('pays with the card the customer saved, by our id, and places the order', async () => {
    const customer = await given.customer();
    const card = await savedCard(customer);
    const { variantId } = await shop.cart.variant({ trackInventory: false });
    const cart = await shop.readyCart(variantId, 1, customer.accessToken);
    const paid = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', savedMethodId: card.id });
    expect(paid.status).toBe(201);
    expect(paid.body.order).toMatchObject({ paymentStatus: 'paid' });
  });

  it("refuses another customer's card, a guest naming one, and a card of another provider, before holding anything", async () => {
    const [owner, other] = [await given.customer(), await given.customer()];
    const card = await savedCard(owner);
    const { variantId } = await shop.cart.variant({ trackInventory: false });
    const theirs = await shop.readyCart(variantId, 1, other.accessToken);
    const guest = await shop.readyCart(variantId);
    const mine = await shop.readyCart(variantId, 1, owner.accessToken);
    const answers = [
      await shop.pay(theirs.id, theirs.auth, { provider: 'sandbox', savedMethodId: card.id }),
      await shop.pay(guest.id, guest.auth, { provider: 'sandbox', savedMethodId: card.id }),
      await shop.pay(mine.id, mine.auth, { provider: 'cash_on_delivery', savedMethodId: card.id }),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(answers.map((a) => (a.body as unknown as { errors: { pointer: string }[] }).errors[0].pointer)).toEqual([
      '/savedMethodId',
      '/savedMethodId',
      '/savedMethodId',
    ]);
    const [{ open }] = await app.db.manager.query(
      `SELECT count(*)::int AS open FROM carts WHERE id = ANY($1::uuid[]) AND status = 'open'`,
      [[theirs.id, guest.id, mine.id]],
    );
    expect(open).toBe(3);
  });

  it('gives the cart back when the saved card declines', async () => {
    const customer = await given.customer();
    const card = await savedCard(customer, 'tok_sandbox_declining_card');
    const { variantId } = await shop.cart.variant({ trackInventory: false });
    const cart = await shop.readyCart(variantId, 1, customer.accessToken);
    const declined = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', savedMethodId: card.id });
    expect(declined.status).toBe(402);
    const [{ status }] = await app.db.manager.query(`SELECT status FROM carts WHERE id = $1`, [cart.id]);
    expect(status).toBe('open');
  });
});
