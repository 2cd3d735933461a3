import type { PaymentSettingsView, SecretStatusView, UpdatePaymentSettingsDtoWritable } from '@tillpoint/sdk';
import { z } from 'zod';
import { optionalMoneyAmount } from '../../../shared/forms/fields';

/**
 * A write-only secret as the form holds it. `keep` sends nothing (the API keeps the stored one),
 * `replace` sends what was typed (nothing when the box is empty), `remove` sends null.
 */
const secretDraft = z.object({ action: z.enum(['keep', 'replace', 'remove']), value: z.string() });
export type SecretDraft = z.infer<typeof secretDraft>;

const offering = { enabled: z.boolean(), countries: z.array(z.string()) };

export const paymentSettingsSchema = z.object({
  sandbox: z.object(offering),
  stripe: z.object({
    ...offering,
    publishableKey: z.string(),
    secretKey: secretDraft,
    webhookSecret: secretDraft,
    captureMethod: z.enum(['automatic', 'manual']),
  }),
  paypal: z.object({
    ...offering,
    mode: z.enum(['sandbox', 'live']),
    clientId: z.string(),
    clientSecret: secretDraft,
    webhookId: z.string(),
  }),
  cashOnDelivery: z.object({ ...offering, maxAmount: optionalMoneyAmount() }),
});

export type PaymentSettingsValues = z.infer<typeof paymentSettingsSchema>;
export type ProviderKey = keyof PaymentSettingsValues;

/** Every field an API pointer may name, nested ones as `stripe.secretKey`. */
export const PAYMENT_SETTINGS_FIELDS = [
  'sandbox.enabled',
  'sandbox.countries',
  'stripe.enabled',
  'stripe.countries',
  'stripe.publishableKey',
  'stripe.secretKey',
  'stripe.webhookSecret',
  'stripe.captureMethod',
  'paypal.enabled',
  'paypal.countries',
  'paypal.mode',
  'paypal.clientId',
  'paypal.clientSecret',
  'paypal.webhookId',
  'cashOnDelivery.enabled',
  'cashOnDelivery.countries',
  'cashOnDelivery.maxAmount',
] as const;

/** A stored secret is never shown: the box starts empty, and "keep" until staff choose otherwise. */
const freshSecret = (status: SecretStatusView): SecretDraft => ({ action: status.configured ? 'keep' : 'replace', value: '' });

export function paymentSettingsValues(view: PaymentSettingsView): PaymentSettingsValues {
  const { sandbox, stripe, paypal, cashOnDelivery } = view;
  return {
    sandbox: { enabled: sandbox.enabled, countries: sandbox.countries },
    stripe: {
      enabled: stripe.enabled,
      countries: stripe.countries,
      publishableKey: stripe.publishableKey ?? '',
      secretKey: freshSecret(stripe.secretKey),
      webhookSecret: freshSecret(stripe.webhookSecret),
      captureMethod: stripe.captureMethod,
    },
    paypal: {
      enabled: paypal.enabled,
      countries: paypal.countries,
      mode: paypal.mode,
      clientId: paypal.clientId ?? '',
      clientSecret: freshSecret(paypal.clientSecret),
      webhookId: paypal.webhookId ?? '',
    },
    cashOnDelivery: {
      enabled: cashOnDelivery.enabled,
      countries: cashOnDelivery.countries,
      maxAmount: cashOnDelivery.maxAmount?.amount ?? null,
    },
  };
}

/** undefined (left out of the body) keeps the stored secret. */
function secretBody(draft: SecretDraft): string | null | undefined {
  if (draft.action === 'remove') return null;
  const typed = draft.value.trim();
  return draft.action === 'replace' && typed ? typed : undefined;
}

const orNull = (text: string) => text.trim() || null;

/**
 * The PUT body: the whole set-up. `apiBaseUrl` goes back as it was, because leaving it out would
 * reset it; `current` also gives cash on delivery's limit its currency.
 */
export function paymentSettingsBody(
  values: PaymentSettingsValues,
  current: PaymentSettingsView,
  storeCurrency: string,
): UpdatePaymentSettingsDtoWritable {
  const { sandbox, stripe, paypal, cashOnDelivery } = values;
  const limitCurrency = current.cashOnDelivery.maxAmount?.currency ?? storeCurrency;
  return {
    sandbox,
    stripe: {
      enabled: stripe.enabled,
      countries: stripe.countries,
      publishableKey: orNull(stripe.publishableKey),
      secretKey: secretBody(stripe.secretKey),
      webhookSecret: secretBody(stripe.webhookSecret),
      captureMethod: stripe.captureMethod,
      apiBaseUrl: current.stripe.apiBaseUrl,
    },
    paypal: {
      enabled: paypal.enabled,
      countries: paypal.countries,
      mode: paypal.mode,
      clientId: orNull(paypal.clientId),
      clientSecret: secretBody(paypal.clientSecret),
      webhookId: orNull(paypal.webhookId),
      apiBaseUrl: current.paypal.apiBaseUrl,
    },
    cashOnDelivery: {
      enabled: cashOnDelivery.enabled,
      countries: cashOnDelivery.countries,
      maxAmount: cashOnDelivery.maxAmount === null ? null : { amount: cashOnDelivery.maxAmount, currency: limitCurrency },
    },
  };
}
