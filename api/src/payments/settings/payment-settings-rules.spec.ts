import { money } from '../../platform/money/money';
import { DEFAULT_PAYMENT_SETTINGS, isAllowedApiBaseUrl, offeredProviders, PaymentConfiguration } from './payment-settings';
import { checkPaymentSettings, CurrentSecrets, PaymentSettingsInput } from './payment-settings-rules';

const nothingStored: CurrentSecrets = {
  stripe: { secretKey: null, webhookSecret: null, apiBaseUrl: null },
  paypal: { clientSecret: null, apiBaseUrl: null },
};

function input(
  change: { stripe?: Partial<PaymentSettingsInput['stripe']>; paypal?: Partial<PaymentSettingsInput['paypal']> } = {},
): PaymentSettingsInput {
  const { stripe, paypal, sandbox, cashOnDelivery } = DEFAULT_PAYMENT_SETTINGS;
  return {
    sandbox,
    cashOnDelivery,
    stripe: { enabled: false, countries: stripe.countries, publishableKey: null, captureMethod: 'automatic', ...change.stripe },
    paypal: { enabled: false, countries: paypal.countries, mode: 'sandbox', clientId: null, webhookId: null, ...change.paypal },
  };
}

const pointers = (errors: { pointer: string }[]) => errors.map((e) => e.pointer);

describe('payment settings rules', () => {
  it('accepts the defaults', () => {
    expect(checkPaymentSettings(input(), nothingStored)).toEqual([]);
  });

  it('needs every credential to switch a provider on, sent now or stored before', () => {
    expect(pointers(checkPaymentSettings(input({ stripe: { enabled: true } }), nothingStored))).toEqual([
      '/stripe/publishableKey',
      '/stripe/secretKey',
      '/stripe/webhookSecret',
    ]);
    const stored = { ...nothingStored, stripe: { secretKey: 'sk_test_abc', webhookSecret: 'whsec_abc', apiBaseUrl: null } };
    expect(checkPaymentSettings(input({ stripe: { enabled: true, publishableKey: 'pk_test_abc' } }), stored)).toEqual([]);
    expect(
      pointers(checkPaymentSettings(input({ stripe: { enabled: true, publishableKey: 'pk_test_abc', secretKey: null } }), stored)),
    ).toEqual(['/stripe/secretKey']);
    expect(pointers(checkPaymentSettings(input({ paypal: { enabled: true, clientId: 'abc' } }), nothingStored))).toEqual([
      '/paypal/clientSecret',
      '/paypal/webhookId',
    ]);
  });

  it('checks the shape of Stripe keys and that they are of one mode', () => {
    const errors = checkPaymentSettings(
      input({ stripe: { publishableKey: 'sk_test_oops', secretKey: 'pk_live_oops', webhookSecret: 'secret' } }),
      nothingStored,
    );
    expect(pointers(errors)).toEqual(['/stripe/publishableKey', '/stripe/secretKey', '/stripe/webhookSecret']);
    const mixed = checkPaymentSettings(input({ stripe: { publishableKey: 'pk_live_abc', secretKey: 'sk_test_abc' } }), nothingStored);
    expect(mixed).toEqual([{ pointer: '/stripe/publishableKey', detail: 'must be of the same mode (test or live) as the secret key' }]);
  });

  it('refuses unknown countries', () => {
    const body = input();
    body.cashOnDelivery = { ...body.cashOnDelivery, countries: ['NL', 'ZZ'] };
    expect(pointers(checkPaymentSettings(body, nothingStored))).toEqual(['/cashOnDelivery/countries/1']);
  });

  it('will not send a stored secret to a new address unless the secret is sent again', () => {
    const stored = { ...nothingStored, stripe: { secretKey: 'sk_test_abc', webhookSecret: 'whsec_abc', apiBaseUrl: null } };
    expect(checkPaymentSettings(input({ stripe: { apiBaseUrl: 'https://evil.example' } }), stored)).toEqual([
      { pointer: '/stripe/secretKey', detail: 'must be sent again when apiBaseUrl changes' },
    ]);
    expect(checkPaymentSettings(input({ stripe: { apiBaseUrl: 'https://evil.example', secretKey: 'sk_test_new' } }), stored)).toEqual([]);
    const elsewhere = { ...stored, stripe: { ...stored.stripe, apiBaseUrl: 'http://127.0.0.1:12111' } };
    expect(checkPaymentSettings(input({ stripe: { apiBaseUrl: null } }), elsewhere)).toEqual([]);
    expect(pointers(checkPaymentSettings(input({ stripe: { apiBaseUrl: 'http://evil.example' } }), nothingStored))).toEqual([
      '/stripe/apiBaseUrl',
    ]);
  });

  it('allows HTTPS, or HTTP to this machine, without credentials in the URL', () => {
    expect(isAllowedApiBaseUrl('https://api.stripe.com')).toBe(true);
    expect(isAllowedApiBaseUrl('http://127.0.0.1:12111')).toBe(true);
    expect(isAllowedApiBaseUrl('http://localhost:4010')).toBe(true);
    expect(isAllowedApiBaseUrl('http://10.0.0.5')).toBe(false);
    expect(isAllowedApiBaseUrl('https://user:pw@api.example')).toBe(false);
    expect(isAllowedApiBaseUrl('ftp://api.example')).toBe(false);
    expect(isAllowedApiBaseUrl('not a url')).toBe(false);
  });
});

describe('offered providers', () => {
  const configuration: PaymentConfiguration = {
    sandbox: { enabled: true, countries: [] },
    stripe: {
      enabled: true,
      countries: ['NL', 'DE'],
      credentials: {
        secretKey: 'sk_test_x',
        publishableKey: 'pk_test_x',
        webhookSecret: 'whsec_x',
        captureMethod: 'automatic',
        apiBaseUrl: null,
      },
    },
    paypal: { enabled: true, countries: [], credentials: null },
    cashOnDelivery: { enabled: true, countries: ['NL', 'BE', 'DE'], maxAmount: money(50_000, 'EUR') },
  };

  it("offers what is on, set up and allowed in the country, in the store's order", () => {
    expect(offeredProviders(configuration, { country: 'NL', amount: money(10_000, 'EUR') })).toEqual([
      'sandbox',
      'stripe',
      'cash_on_delivery',
    ]);
    expect(offeredProviders(configuration, { country: 'US', amount: money(10_000, 'EUR') })).toEqual(['sandbox']);
  });

  it('offers cash on delivery up to its maximum, and only in its currency', () => {
    expect(offeredProviders(configuration, { country: 'BE', amount: money(50_000, 'EUR') })).toContain('cash_on_delivery');
    expect(offeredProviders(configuration, { country: 'BE', amount: money(50_001, 'EUR') })).not.toContain('cash_on_delivery');
    expect(offeredProviders(configuration, { country: 'BE', amount: money(100, 'USD') })).not.toContain('cash_on_delivery');
  });

  it('offers nothing switched off', () => {
    const off = { ...configuration, sandbox: { enabled: false, countries: [] }, stripe: { ...configuration.stripe, enabled: false } };
    expect(offeredProviders(off, { country: 'NL', amount: money(100, 'EUR') })).toEqual(['cash_on_delivery']);
  });
});
