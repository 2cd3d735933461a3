import { givenFor, Given, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { FakeStripe } from './fakes/fake-stripe';
import { eur, Problem, settingsBody, stripeSection } from './given-payments';

interface SettingsBody {
  sandbox: { enabled: boolean; countries: string[] };
  stripe: {
    enabled: boolean;
    publishableKey: string | null;
    secretKey: { configured: boolean; last4: string | null };
    webhookSecret: { configured: boolean };
    apiBaseUrl: string | null;
  };
  paypal: { clientSecret: { configured: boolean } };
  cashOnDelivery: { enabled: boolean; countries: string[]; maxAmount: { amount: number; currency: string } | null };
}

describe('payment settings', () => {
  let app: TestApp;
  let given: Given;
  let owner: GivenStaff;
  let stripe: FakeStripe;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    owner = await given.staff('owner');
    stripe = await FakeStripe.start();
  });
  afterAll(async () => {
    await stripe.close();
    await app.close();
  });

  const put = (body: unknown, token = owner.accessToken) =>
    call<SettingsBody & Problem>(app.url, 'PUT', '/admin/payments/settings', { token, body });
  const offered = async (query: string) =>
    (await given.http.get<{ providers: { id: string; publishableKey: string | null }[] }>(`/store/payments/providers?${query}`)).body
      .providers;

  it('offers the sandbox and cash on delivery (NL, BE, DE up to €500) when nothing is set up', async () => {
    const answer = await given.http.get<SettingsBody>('/admin/payments/settings', { token: owner.accessToken });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      sandbox: { enabled: true, countries: [] },
      stripe: { enabled: false, publishableKey: null, secretKey: { configured: false, last4: null } },
      cashOnDelivery: { enabled: true, countries: ['NL', 'BE', 'DE'], maxAmount: eur(50_000) },
    });
    expect((await offered('country=NL&amount=4995&currency=EUR')).map((p) => p.id)).toEqual(['sandbox', 'cash_on_delivery']);
    expect((await offered('country=US&amount=4995&currency=EUR')).map((p) => p.id)).toEqual(['sandbox']);
    expect((await offered('country=NL&amount=50001&currency=EUR')).map((p) => p.id)).toEqual(['sandbox']);
    expect((await offered('country=NL&amount=4995&currency=USD')).map((p) => p.id)).toEqual(['sandbox']);
  });

  it('keeps secrets write-only: encrypted at rest, shown as configured with their last four characters', async () => {
    const answer = await put(settingsBody({ stripe: stripeSection(stripe) }));
    expect(answer.status).toBe(200);
    expect(answer.body.stripe).toMatchObject({
      enabled: true,
      publishableKey: stripe.publishableKey,
      secretKey: { configured: true, last4: stripe.secretKey.slice(-4) },
      webhookSecret: { configured: true, last4: stripe.webhookSecret.slice(-4) },
    });
    const read = await given.http.get('/admin/payments/settings', { token: owner.accessToken });
    for (const text of [JSON.stringify(answer.body), JSON.stringify(read.body)]) {
      expect(text).not.toContain(stripe.secretKey);
      expect(text).not.toContain(stripe.webhookSecret);
    }
    const [row] = await app.db.manager.query(`SELECT value::text AS value FROM store_settings WHERE key = 'payments'`);
    expect(row.value).not.toContain(stripe.secretKey);
    expect(row.value).not.toContain(stripe.webhookSecret);
    expect(row.value).toContain('"sealed"');
    expect(app.logs.text).not.toContain(stripe.secretKey);
  });

  it('offers Stripe to the storefront with its publishable key only', async () => {
    const answer = await given.http.get('/store/payments/providers?country=NL&amount=4995&currency=EUR');
    expect(answer.status).toBe(200);
    expect(answer.body.providers).toEqual([
      {
        id: 'sandbox',
        publishableKey: null,
        clientId: null,
        savesCards: true,
        testTokens: expect.arrayContaining(['tok_sandbox_approve']),
      },
      { id: 'stripe', publishableKey: stripe.publishableKey, clientId: null, savesCards: true, testTokens: [] },
      { id: 'cash_on_delivery', publishableKey: null, clientId: null, savesCards: false, testTokens: [] },
    ]);
    expect(JSON.stringify(answer.body)).not.toContain(stripe.secretKey);
  });

  it('keeps a secret or an address left out, removes one sent as null, and refuses to switch on without it', async () => {
    const { secretKey: _s, webhookSecret: _w, apiBaseUrl: _a, ...withoutSecrets } = stripeSection(stripe);
    const kept = await put(settingsBody({ stripe: withoutSecrets }));
    expect(kept.status).toBe(200);
    expect(kept.body.stripe.secretKey).toEqual({ configured: true, last4: stripe.secretKey.slice(-4) });
    expect(kept.body.stripe.apiBaseUrl).toBe(stripe.url);

    const removed = await put(settingsBody({ stripe: { ...withoutSecrets, secretKey: null } }));
    expect(removed.status).toBe(400);
    expect(removed.body.errors).toEqual([{ pointer: '/stripe/secretKey', detail: 'is required to switch Stripe on' }]);

    const off = await put(settingsBody({ stripe: { ...withoutSecrets, enabled: false, secretKey: null } }));
    expect(off.body.stripe).toMatchObject({
      enabled: false,
      secretKey: { configured: false, last4: null },
      webhookSecret: { configured: true },
    });
    expect((await offered('country=NL&amount=4995&currency=EUR')).map((p) => p.id)).not.toContain('stripe');
  });

  it('will not send a stored secret to a new API address unless it is sent again', async () => {
    expect((await put(settingsBody({ stripe: stripeSection(stripe) }))).status).toBe(200);
    const { secretKey: _s, ...withoutSecret } = stripeSection(stripe, { apiBaseUrl: 'https://collector.example' });
    const moved = await put(settingsBody({ stripe: withoutSecret }));
    expect(moved.status).toBe(400);
    expect(moved.body.errors).toEqual([{ pointer: '/stripe/secretKey', detail: 'must be sent again when apiBaseUrl changes' }]);
    const plainHttp = await put(settingsBody({ stripe: stripeSection(stripe, { apiBaseUrl: 'http://collector.example' }) }));
    expect(plainHttp.body.errors?.map((e) => e.pointer)).toEqual(['/stripe/apiBaseUrl']);
  });

  it('names every invalid field and changes nothing', async () => {
    const before = await given.http.get('/admin/payments/settings', { token: owner.accessToken });
    const answer = await put({
      ...settingsBody({ cashOnDelivery: { countries: ['nl', 'ZZ'], maxAmount: { amount: 1.5, currency: 'EUR' } } }),
      stripe: { ...stripeSection(stripe), captureMethod: 'later', debug: true },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors!.map((e) => e.pointer).sort()).toEqual(
      ['/cashOnDelivery/countries', '/cashOnDelivery/maxAmount/amount', '/stripe/captureMethod', '/stripe/debug'].sort(),
    );
    const unknownCountry = await put(settingsBody({ sandbox: { countries: ['ZZ'] } }));
    expect(unknownCountry.body.errors).toEqual([{ pointer: '/sandbox/countries/0', detail: 'is not an ISO 3166-1 country' }]);
    expect((await given.http.get('/admin/payments/settings', { token: owner.accessToken })).body).toEqual(before.body);
  });

  it('lets staff with settings:read look and only settings:manage change', async () => {
    const manager = await given.staff('manager');
    expect((await given.http.get('/admin/payments/settings', { token: manager.accessToken })).status).toBe(200);
    expect((await put(settingsBody(), manager.accessToken)).status).toBe(403);
    const analyst = await given.staff('analyst');
    expect((await given.http.get('/admin/payments/settings', { token: analyst.accessToken })).status).toBe(403);
  });

  it('refuses a providers query without country, amount and currency', async () => {
    const answer = await given.http.get<Problem>('/store/payments/providers?country=nl&amount=1.5');
    expect(answer.status).toBe(400);
    expect(answer.body.errors!.map((e) => e.pointer).sort()).toEqual(['/amount', '/country', '/currency']);
  });
});
