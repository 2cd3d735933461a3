import type { Money } from '../../platform/money/money';
import { PROVIDER_IDS, ProviderId } from '../payment-provider';
import type { SealedSecret } from './secret-box';

export const PAYMENT_SETTINGS_KEY = 'payments';

export type StripeCaptureMethod = 'automatic' | 'manual';
export type PayPalMode = 'sandbox' | 'live';

interface Offering {
  enabled: boolean;
  /** ISO 3166-1 alpha-2 codes where it is offered; empty means everywhere. */
  countries: string[];
}

/** The `payments` group of store settings as stored: secrets sealed (see SecretBox), never in the clear. */
export interface StoredPaymentSettings {
  sandbox: Offering;
  stripe: Offering & {
    publishableKey: string | null;
    secretKey: SealedSecret | null;
    webhookSecret: SealedSecret | null;
    captureMethod: StripeCaptureMethod;
    /** Only for tests and stripe-mock; Stripe's API otherwise. */
    apiBaseUrl: string | null;
  };
  paypal: Offering & {
    mode: PayPalMode;
    clientId: string | null;
    clientSecret: SealedSecret | null;
    webhookId: string | null;
    apiBaseUrl: string | null;
  };
  cashOnDelivery: Offering & { maxAmount: Money | null };
}

/** With nothing configured the demo works: the sandbox everywhere, cash on delivery in NL, BE and DE up to €500. */
export const DEFAULT_PAYMENT_SETTINGS: StoredPaymentSettings = {
  sandbox: { enabled: true, countries: [] },
  stripe: {
    enabled: false,
    countries: [],
    publishableKey: null,
    secretKey: null,
    webhookSecret: null,
    captureMethod: 'automatic',
    apiBaseUrl: null,
  },
  paypal: { enabled: false, countries: [], mode: 'sandbox', clientId: null, clientSecret: null, webhookId: null, apiBaseUrl: null },
  cashOnDelivery: { enabled: true, countries: ['NL', 'BE', 'DE'], maxAmount: { amount: 50_000, currency: 'EUR' } },
};

export interface StripeCredentials {
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  captureMethod: StripeCaptureMethod;
  apiBaseUrl: string | null;
}

export interface PayPalCredentials {
  clientId: string;
  clientSecret: string;
  webhookId: string;
  mode: PayPalMode;
  apiBaseUrl: string | null;
}

/** The settings with their secrets opened, for this domain's own use only. Credentials are null until complete. */
export interface PaymentConfiguration {
  sandbox: Offering;
  stripe: Offering & { credentials: StripeCredentials | null };
  paypal: Offering & { credentials: PayPalCredentials | null };
  cashOnDelivery: Offering & { maxAmount: Money | null };
}

const SECTIONS: Record<ProviderId, keyof PaymentConfiguration> = {
  sandbox: 'sandbox',
  stripe: 'stripe',
  paypal: 'paypal',
  cash_on_delivery: 'cashOnDelivery',
};

/** Whether a provider can be used at all (for payments already under way, refunds and webhooks): set up, on or off. */
export function isConfigured(configuration: PaymentConfiguration, provider: ProviderId): boolean {
  if (provider === 'stripe') return configuration.stripe.credentials !== null;
  if (provider === 'paypal') return configuration.paypal.credentials !== null;
  return true;
}

/** What a shopper may choose at checkout, in the store's order: switched on, set up, offered in the country, within limits. */
export function offeredProviders(configuration: PaymentConfiguration, query: { country: string; amount: Money }): ProviderId[] {
  return PROVIDER_IDS.filter((provider) => {
    const section = configuration[SECTIONS[provider]];
    if (!section.enabled || !isConfigured(configuration, provider)) return false;
    if (section.countries.length > 0 && !section.countries.includes(query.country)) return false;
    if (provider === 'cash_on_delivery') {
      const max = configuration.cashOnDelivery.maxAmount;
      if (max && (max.currency !== query.amount.currency || query.amount.amount > max.amount)) return false;
    }
    return true;
  });
}

/** An API base URL that may carry credentials: HTTPS, or plain HTTP to this machine only (tests, stripe-mock). */
export function isAllowedApiBaseUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
