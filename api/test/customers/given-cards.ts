import type { Given } from '../support/given';
import type { FakeStripe } from '../payments/fakes/fake-stripe';

export interface Card {
  id: string;
  provider: string;
  brand: string;
  last4: string;
  isDefault: boolean;
}

/** Cards saved the way the storefront saves them: a setup, confirmed at the provider, then kept. */
export function givenCards(given: Given) {
  const save = async (
    token: string,
    provider: 'sandbox' | 'stripe',
    confirm: (setup: { clientSecret: string; setupReference: string }) => Promise<string>,
  ) => {
    const setup = await given.http.post<{ clientSecret: string; setupReference: string }>('/store/me/payment-methods/setup', {
      token,
      body: { provider },
    });
    if (setup.status !== 200) throw new Error(`setup: ${JSON.stringify(setup.body)}`);
    const providerMethodId = await confirm(setup.body);
    const saved = await given.http.post<Card>('/store/me/payment-methods', { token, body: { provider, providerMethodId } });
    if (saved.status !== 201) throw new Error(`save: ${JSON.stringify(saved.body)}`);
    return saved.body;
  };

  return {
    sandbox: (token: string, testCard = 'tok_sandbox_visa') =>
      save(token, 'sandbox', async (setup) => {
        const confirmed = await given.http.post<{ providerMethodId: string }>('/store/payments/sandbox/setups/confirm', {
          body: { clientSecret: setup.clientSecret, token: testCard },
        });
        return confirmed.body.providerMethodId;
      }),

    stripe: (token: string, fake: FakeStripe, testMethod = 'pm_card_visa') =>
      save(token, 'stripe', async (setup) => fake.confirmSetup(setup.setupReference, testMethod)),

    list: async (token: string) => (await given.http.get<{ items: Card[] }>('/store/me/payment-methods', { token })).body.items,
  };
}
