import { randomUUID } from 'node:crypto';
import type { PaymentRequest, ProviderId } from '../../src/payments/payment-provider';
import { PaymentProviders } from '../../src/payments/payment-providers.service';
import { PaymentRecords } from '../../src/payments/payment-records.service';
import { Db } from '../../src/platform/database/db.service';
import { call } from '../support/http';
import type { TestApp } from '../support/test-app';
import type { FakePayPal } from './fakes/fake-paypal';
import type { FakeStripe } from './fakes/fake-stripe';

export interface Problem {
  code: string;
  status: number;
  detail?: string;
  errors?: { pointer: string; detail: string }[];
}

export const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** The whole settings body as the admin would send it: the defaults, with sections changed. */
export function settingsBody(change: Record<string, Record<string, unknown>> = {}) {
  return {
    sandbox: { enabled: true, countries: [], ...change.sandbox },
    stripe: { enabled: false, countries: [], publishableKey: null, captureMethod: 'automatic', ...change.stripe },
    paypal: { enabled: false, countries: [], mode: 'sandbox', clientId: null, webhookId: null, ...change.paypal },
    cashOnDelivery: { enabled: true, countries: ['BE', 'DE', 'NL'], maxAmount: eur(50_000), ...change.cashOnDelivery },
  };
}

export function stripeSection(fake: FakeStripe, change: Record<string, unknown> = {}) {
  return {
    enabled: true,
    countries: [],
    publishableKey: fake.publishableKey,
    secretKey: fake.secretKey,
    webhookSecret: fake.webhookSecret,
    captureMethod: 'automatic',
    apiBaseUrl: fake.url,
    ...change,
  };
}

export function paypalSection(fake: FakePayPal, change: Record<string, unknown> = {}) {
  return {
    enabled: true,
    countries: [],
    mode: 'sandbox',
    clientId: fake.clientId,
    clientSecret: fake.clientSecret,
    webhookId: fake.webhookId,
    apiBaseUrl: fake.url,
    ...change,
  };
}

/** Payments as the checkout makes them: a record in a transaction, then the provider called outside it. */
export function givenPayments(app: TestApp) {
  const records = app.app.get(PaymentRecords);
  const providers = app.app.get(PaymentProviders);
  const db = app.app.get(Db);

  return {
    records,
    providers,

    async configure(owner: { accessToken: string }, body: ReturnType<typeof settingsBody>): Promise<void> {
      const answer = await call(app.url, 'PUT', '/admin/payments/settings', { token: owner.accessToken, body });
      if (answer.status !== 200) throw new Error(`payment settings: ${answer.status} ${JSON.stringify(answer.body)}`);
    },

    async payment(provider: ProviderId, amount = 4995, customerId: string | null = null): Promise<{ paymentId: string; cartId: string }> {
      const cartId = randomUUID();
      const paymentId = await db.transaction((tx) => records.create(tx, { cartId, provider, amount: eur(amount), customerId }));
      return { paymentId, cartId };
    },

    request(payment: { paymentId: string; cartId: string }, change: Partial<PaymentRequest> = {}): PaymentRequest {
      return {
        paymentId: payment.paymentId,
        cartId: payment.cartId,
        amount: eur(4995),
        payer: { email: 'ada@example.com', customerId: null, providerCustomerId: null },
        returnUrl: 'http://localhost:4321/checkout/return',
        cancelUrl: 'http://localhost:4321/checkout',
        description: 'Order at Tillpoint Demo Store',
        ...change,
      };
    },

    apply(paymentId: string, outcome: Parameters<PaymentRecords['applyOutcome']>[2]) {
      return db.transaction((tx) => records.applyOutcome(tx, paymentId, outcome));
    },

    async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
      const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM ${table} WHERE ${where}`, params);
      return count as number;
    },
  };
}
