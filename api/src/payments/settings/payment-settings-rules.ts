import type { FieldError } from '../../platform/errors/domain-error';
import type { Money } from '../../platform/money/money';
import { isCountryCode } from '../../shipping/iso-countries';
import { isAllowedApiBaseUrl, PayPalMode, StripeCaptureMethod } from './payment-settings';

/** What staff send. Secrets: undefined keeps the stored one, null removes it, a string replaces it. */
export interface PaymentSettingsInput {
  sandbox: { enabled: boolean; countries: string[] };
  stripe: {
    enabled: boolean;
    countries: string[];
    publishableKey: string | null;
    secretKey?: string | null;
    webhookSecret?: string | null;
    captureMethod: StripeCaptureMethod;
    apiBaseUrl?: string | null;
  };
  paypal: {
    enabled: boolean;
    countries: string[];
    mode: PayPalMode;
    clientId: string | null;
    clientSecret?: string | null;
    webhookId: string | null;
    apiBaseUrl?: string | null;
  };
  cashOnDelivery: { enabled: boolean; countries: string[]; maxAmount: Money | null };
}

/** The stored secrets, opened, and where they are sent today. */
export interface CurrentSecrets {
  stripe: { secretKey: string | null; webhookSecret: string | null; apiBaseUrl: string | null };
  paypal: { clientSecret: string | null; apiBaseUrl: string | null };
}

const PUBLISHABLE_KEY = /^pk_(test|live)_[A-Za-z0-9]+$/;
const SECRET_KEY = /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/;
const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9+/=]+$/;

/** A secret after this update: the one sent, or the stored one when none was sent. */
/** A secret or address left out keeps what is stored; null removes it. */
export function effective(sent: string | null | undefined, stored: string | null): string | null {
  return sent === undefined ? stored : sent;
}

function stripeMode(key: string | null): string | null {
  return key ? (/_(test|live)_/.exec(key)?.[1] ?? null) : null;
}

/** Every rule across fields that the DTO cannot express, as field errors by JSON pointer. */
export function checkPaymentSettings(input: PaymentSettingsInput, current: CurrentSecrets): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (pointer: string, detail: string) => errors.push({ pointer, detail });

  for (const section of ['sandbox', 'stripe', 'paypal', 'cashOnDelivery'] as const) {
    input[section].countries.forEach((code, index) => {
      if (!isCountryCode(code)) fail(`/${section}/countries/${index}`, 'is not an ISO 3166-1 country');
    });
  }

  const stripe = input.stripe;
  const secretKey = effective(stripe.secretKey, current.stripe.secretKey);
  const webhookSecret = effective(stripe.webhookSecret, current.stripe.webhookSecret);
  if (stripe.publishableKey !== null && !PUBLISHABLE_KEY.test(stripe.publishableKey)) {
    fail('/stripe/publishableKey', 'must start with pk_test_ or pk_live_');
  }
  if (typeof stripe.secretKey === 'string' && !SECRET_KEY.test(stripe.secretKey)) {
    fail('/stripe/secretKey', 'must start with sk_test_, sk_live_, rk_test_ or rk_live_');
  }
  if (typeof stripe.webhookSecret === 'string' && !WEBHOOK_SECRET.test(stripe.webhookSecret)) {
    fail('/stripe/webhookSecret', 'must start with whsec_');
  }
  const publishableMode = stripe.publishableKey && PUBLISHABLE_KEY.test(stripe.publishableKey) ? stripeMode(stripe.publishableKey) : null;
  const secretMode = secretKey && SECRET_KEY.test(secretKey) ? stripeMode(secretKey) : null;
  if (publishableMode && secretMode && publishableMode !== secretMode) {
    fail('/stripe/publishableKey', 'must be of the same mode (test or live) as the secret key');
  }
  if (stripe.enabled) {
    if (!stripe.publishableKey) fail('/stripe/publishableKey', 'is required to switch Stripe on');
    if (!secretKey) fail('/stripe/secretKey', 'is required to switch Stripe on');
    if (!webhookSecret) fail('/stripe/webhookSecret', 'is required to switch Stripe on');
  }
  checkBaseUrl(
    'stripe',
    'secretKey',
    effective(stripe.apiBaseUrl, current.stripe.apiBaseUrl),
    current.stripe.apiBaseUrl,
    stripe.secretKey,
    current.stripe.secretKey,
    fail,
  );

  const paypal = input.paypal;
  const clientSecret = effective(paypal.clientSecret, current.paypal.clientSecret);
  if (paypal.enabled) {
    if (!paypal.clientId) fail('/paypal/clientId', 'is required to switch PayPal on');
    if (!clientSecret) fail('/paypal/clientSecret', 'is required to switch PayPal on');
    if (!paypal.webhookId) fail('/paypal/webhookId', 'is required to switch PayPal on');
  }
  checkBaseUrl(
    'paypal',
    'clientSecret',
    effective(paypal.apiBaseUrl, current.paypal.apiBaseUrl),
    current.paypal.apiBaseUrl,
    paypal.clientSecret,
    current.paypal.clientSecret,
    fail,
  );

  const max = input.cashOnDelivery.maxAmount;
  if (max && max.amount <= 0) fail('/cashOnDelivery/maxAmount/amount', 'must be positive');
  return errors;
}

/**
 * Secrets are write-only, so whoever may change the settings must not be able to send a stored secret to a
 * server of their choosing: pointing a provider at another address takes the secret, sent again, with it.
 */
function checkBaseUrl(
  section: string,
  secretField: string,
  next: string | null,
  previous: string | null,
  sentSecret: string | null | undefined,
  storedSecret: string | null,
  fail: (pointer: string, detail: string) => void,
): void {
  if (next !== null && !isAllowedApiBaseUrl(next)) {
    fail(`/${section}/apiBaseUrl`, 'must be an https URL (or http to localhost) without credentials, query or fragment');
  }
  // Back to the provider's own API (null) is safe; any other new address needs the secret with it.
  if (next !== null && next !== previous && storedSecret && sentSecret === undefined) {
    fail(`/${section}/${secretField}`, 'must be sent again when apiBaseUrl changes');
  }
}
