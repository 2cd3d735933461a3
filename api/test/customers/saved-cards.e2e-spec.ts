import { randomUUID } from 'node:crypto';
import { FakeStripe } from '../payments/fakes/fake-stripe';
import { givenPayments, settingsBody, stripeSection } from '../payments/given-payments';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenCards } from './given-cards';

describe('saved cards: the default and removing one', () => {
  let app: TestApp;
  let given: Given;
  let owner: GivenStaff;
  let cards: ReturnType<typeof givenCards>;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    owner = await given.staff('owner');
    cards = givenCards(given);
  });
  afterAll(() => app.close());

  const setDefault = (token: string, id: string) =>
    given.http.post<{ isDefault: boolean; code?: string }>(`/store/me/payment-methods/${id}/default`, { token });
  const remove = (token: string, id: string) => given.http.delete(`/store/me/payment-methods/${id}`, { token });

  it('moves the default between my cards, one at a time', async () => {
    const customer = await given.customer();
    const visa = await cards.sandbox(customer.accessToken);
    const mastercard = await cards.sandbox(customer.accessToken, 'tok_sandbox_mastercard');
    expect([visa.isDefault, mastercard.isDefault]).toEqual([false, false]);

    const first = await setDefault(customer.accessToken, visa.id);
    expect(first.status).toBe(200);
    expect(first.body.isDefault).toBe(true);
    await setDefault(customer.accessToken, mastercard.id);
    const listed = await cards.list(customer.accessToken);
    expect(listed.map((c) => [c.last4, c.isDefault]).sort()).toEqual([
      ['4242', false],
      ['4444', true],
    ]);
  });

  it("answers 404 for another customer's card, and leaves it as it was", async () => {
    const [me, other] = [await given.customer(), await given.customer()];
    const theirs = await cards.sandbox(other.accessToken);
    expect((await setDefault(me.accessToken, theirs.id)).status).toBe(404);
    expect((await remove(me.accessToken, theirs.id)).status).toBe(404);
    expect((await setDefault(me.accessToken, randomUUID())).status).toBe(404);
    expect((await setDefault(me.accessToken, 'not-an-id')).status).toBe(400);
    expect(await cards.list(other.accessToken)).toEqual([expect.objectContaining({ id: theirs.id, isDefault: false })]);
  });

  it('removes my card here and at the sandbox', async () => {
    const customer = await given.customer();
    const card = await cards.sandbox(customer.accessToken);
    await setDefault(customer.accessToken, card.id);
    expect((await remove(customer.accessToken, card.id)).status).toBe(204);
    expect(await cards.list(customer.accessToken)).toEqual([]);
    expect((await remove(customer.accessToken, card.id)).status).toBe(404);
  });

  describe('with Stripe', () => {
    let fake: FakeStripe;

    beforeAll(async () => {
      fake = await FakeStripe.start();
      await givenPayments(app).configure(owner, settingsBody({ stripe: stripeSection(fake) }));
    });
    afterAll(() => fake.close());

    const stripeCustomerOf = async (email: string): Promise<string> => {
      const [row] = await app.db.manager.query(
        `SELECT provider_customer_id FROM payment_customers pc JOIN customers c ON c.id = pc.customer_id WHERE c.email = $1 AND provider = 'stripe'`,
        [email],
      );
      return row.provider_customer_id;
    };

    it("sets the Customer's invoice default at Stripe, and detaches a removed card there", async () => {
      const customer = await given.customer();
      const visa = await cards.stripe(customer.accessToken, fake);
      const mastercard = await cards.stripe(customer.accessToken, fake, 'pm_card_mastercard');
      const stripeCustomer = fake.customer(await stripeCustomerOf(customer.email))!;
      const methodIdOf = async (id: string) => {
        const [row] = await app.db.manager.query(`SELECT provider_method_id FROM saved_payment_methods WHERE id = $1`, [id]);
        return row.provider_method_id as string;
      };
      const [visaPm, mastercardPm] = [await methodIdOf(visa.id), await methodIdOf(mastercard.id)];

      expect((await setDefault(customer.accessToken, mastercard.id)).status).toBe(200);
      expect(stripeCustomer.invoice_settings).toEqual({ default_payment_method: mastercardPm });
      expect(fake.requests.at(-1)).toMatchObject({
        method: 'POST',
        path: `/v1/customers/${stripeCustomer.id}`,
        params: { invoice_settings: { default_payment_method: mastercardPm } },
      });

      expect((await remove(customer.accessToken, visa.id)).status).toBe(204);
      expect(fake.requests.at(-1)).toMatchObject({ method: 'POST', path: `/v1/payment_methods/${visaPm}/detach` });
      expect(await cards.list(customer.accessToken)).toEqual([expect.objectContaining({ id: mastercard.id, isDefault: true })]);
    });

    it('detaches every card and deletes the Stripe Customer when the account is deleted', async () => {
      const customer = await given.customer();
      await cards.stripe(customer.accessToken, fake);
      const stripeCustomerId = await stripeCustomerOf(customer.email);
      const [{ provider_method_id: methodId }] = await app.db.manager.query(
        `SELECT provider_method_id FROM saved_payment_methods m JOIN customers c ON c.id = m.customer_id WHERE c.email = $1`,
        [customer.email],
      );
      const deleted = await given.http.delete('/store/me', { token: customer.accessToken, body: { password: customer.password } });
      expect(deleted.status).toBe(204);
      expect(fake.requests.slice(-2).map((r) => `${r.method} ${r.path}`)).toEqual([
        `POST /v1/payment_methods/${methodId}/detach`,
        `DELETE /v1/customers/${stripeCustomerId}`,
      ]);
      expect(fake.customer(stripeCustomerId)).toMatchObject({ deleted: true });
    });
  });
});
