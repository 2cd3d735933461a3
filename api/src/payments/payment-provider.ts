import type { Money } from '../platform/money/money';

export const PROVIDER_IDS = ['sandbox', 'stripe', 'paypal', 'cash_on_delivery'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** Who pays: our customer when signed in, and the provider's customer record when one exists. */
export interface Payer {
  email: string;
  customerId: string | null;
  providerCustomerId: string | null;
}

/** What the checkout asks a provider for: take this much for this cart. */
export interface PaymentRequest {
  /** Our payment id. Providers pass it on as their idempotency key and metadata, so a retry never makes two. */
  paymentId: string;
  cartId: string;
  amount: Money;
  payer: Payer;
  /** Where an approval step (PayPal, 3-D Secure) sends the shopper back to, and where a cancel does. */
  returnUrl: string;
  cancelUrl: string;
  /** What the storefront collected, provider-specific: a sandbox test token, a Stripe PaymentMethod id. Never card data. */
  methodToken?: string;
  /** A saved card (its provider id) of the signed-in payer. */
  savedMethodId?: string;
  /** Keep the card for next time (signed-in payers only). */
  saveMethod?: boolean;
  /** Shown on the payer's statement or the provider's page. */
  description: string;
}

/**
 * Where a payment stands. `requires_action`: the shopper must approve or authenticate (see `action`).
 * `authorized`: money is held, to be captured. `captured`: money is taken. `pending`: accepted to be paid
 * later (cash on delivery). `failed` and `canceled` are final.
 */
export type PaymentState = 'requires_action' | 'authorized' | 'captured' | 'pending' | 'failed' | 'canceled';

export type PaymentAction = { type: 'redirect'; url: string } | { type: 'confirm'; clientSecret: string };

/** A card kept with the provider: only its ids and what a shopper needs to recognize it. */
export interface SavedMethod {
  providerMethodId: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  /** The provider's customer the method is attached to, when the provider says (to check it is the payer's own). */
  providerCustomerId?: string | null;
}

export interface PaymentOutcome {
  state: PaymentState;
  /** The provider's id of this payment (a PaymentIntent, a PayPal order, a sandbox reference). */
  providerReference: string;
  action?: PaymentAction;
  /** Minor units taken so far. */
  capturedAmount: number;
  /** Safe to show the shopper, when failed: "Your card was declined." */
  failureMessage?: string;
  /** The card, when the payment saved one. */
  savedMethod?: SavedMethod;
  providerCustomerId?: string;
}

export interface RefundOutcome {
  refundReference: string;
  state: 'succeeded' | 'pending' | 'failed';
  amount: number;
}

export const PROVIDER_EVENT_TYPES = [
  'payment.authorized',
  'payment.captured',
  'payment.failed',
  'payment.canceled',
  'refund.succeeded',
  'refund.failed',
  'ignored',
] as const;
export type ProviderEventType = (typeof PROVIDER_EVENT_TYPES)[number];

/** A verified webhook, in our words. */
export interface ProviderEvent {
  provider: ProviderId;
  /** The provider's event id: the same event twice is handled once. */
  eventId: string;
  type: ProviderEventType;
  providerReference: string;
  /** Our payment id, when the provider carries it back (metadata, custom_id). */
  paymentId: string | null;
  /** Minor units, when the event is about an amount (for `refund.*`: that one refund's amount). */
  amount: number | null;
  /** For `refund.*`: the provider's id of the refund, so a refund seen by webhook and by API is counted once. */
  refundReference?: string;
  occurredAt: Date;
}

/**
 * One payment provider. Every call is safe to repeat: `start` with the same `paymentId`, `capture` and
 * `refund` with the same idempotency key, each give the first answer again.
 */
export interface PaymentProvider {
  readonly id: ProviderId;
  start(request: PaymentRequest): Promise<PaymentOutcome>;
  /** The payment as the provider sees it now (after the shopper returns from an approval step, say). */
  retrieve(providerReference: string): Promise<PaymentOutcome>;
  capture(providerReference: string, amount: Money, idempotencyKey: string): Promise<PaymentOutcome>;
  cancel(providerReference: string): Promise<PaymentOutcome>;
  refund(providerReference: string, amount: Money, idempotencyKey: string): Promise<RefundOutcome>;
  /** Checks a webhook the provider's documented way (signature, timestamp tolerance) and reads it; throws WebhookRejected otherwise. */
  verifyWebhook(rawBody: Buffer, headers: Readonly<Record<string, string | undefined>>): Promise<ProviderEvent>;
}

/** Providers that keep cards for customers (Stripe: a Customer, SetupIntents, PaymentMethods). */
export interface SavedCardProvider {
  ensureCustomer(payer: Payer): Promise<string>;
  /** Starts saving a card without paying; the storefront confirms it with the client secret. */
  createSetup(providerCustomerId: string): Promise<{ clientSecret: string; setupReference: string }>;
  describeMethod(providerMethodId: string): Promise<SavedMethod>;
  /** Forgets a card at the provider; already gone counts as done. */
  detachMethod(providerMethodId: string): Promise<void>;
  /** The card the provider charges by default (Stripe: the Customer's `invoice_settings.default_payment_method`). */
  setDefaultMethod(providerCustomerId: string, providerMethodId: string): Promise<void>;
  /** Deletes the provider's customer record with what it holds about the payer (account deletion); already gone counts as done. */
  deleteCustomer(providerCustomerId: string): Promise<void>;
}
