import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { BadRequest, Conflict, NotFound } from '../../../platform/errors/domain-error';
import type { Money } from '../../../platform/money/money';
import { PaymentProviderUnavailable, WebhookRejected } from '../../payment-errors';
import type {
  PaymentOutcome,
  PaymentProvider,
  PaymentRequest,
  Payer,
  ProviderEvent,
  RefundOutcome,
  SavedCardProvider,
  SavedMethod,
} from '../../payment-provider';
import type { StripeCredentials } from '../../settings/payment-settings';
import { cardOf, intentOutcome, refundOutcome, stripeEvent } from './stripe-mapping';

/** Stripe's documented tolerance for the `t=` timestamp of a webhook signature. */
export const STRIPE_WEBHOOK_TOLERANCE_SECONDS = 300;

export function stripeClient(credentials: StripeCredentials): Stripe {
  const base = credentials.apiBaseUrl ? new URL(credentials.apiBaseUrl) : null;
  return new Stripe(credentials.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'Tillpoint' },
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === 'https:' ? 443 : 80),
          protocol: base.protocol === 'http:' ? ('http' as const) : ('https' as const),
        }
      : {}),
  });
}

/**
 * Stripe through PaymentIntents. Every create, capture and refund carries an idempotency key (ours: the
 * payment id or the caller's key), so a retry gets Stripe's first answer; the metadata carries our payment
 * and cart ids back in webhooks. Saved cards are PaymentMethods on a Stripe Customer, saved with SetupIntents.
 */
export class StripeProvider implements PaymentProvider, SavedCardProvider {
  readonly id = 'stripe' as const;

  constructor(
    private readonly stripe: Stripe,
    private readonly credentials: StripeCredentials,
  ) {}

  async start(request: PaymentRequest): Promise<PaymentOutcome> {
    const method = request.savedMethodId ?? request.methodToken;
    let customer = request.payer.providerCustomerId ?? undefined;
    if (request.saveMethod && request.payer.customerId && !customer) customer = await this.ensureCustomer(request.payer);
    const params: Stripe.PaymentIntentCreateParams = {
      amount: request.amount.amount,
      currency: request.amount.currency.toLowerCase(),
      // automatic_async is Stripe's recommended form of immediate capture.
      capture_method: this.credentials.captureMethod === 'manual' ? 'manual' : 'automatic_async',
      automatic_payment_methods: { enabled: true },
      metadata: { paymentId: request.paymentId, cartId: request.cartId },
      description: request.description,
      expand: ['payment_method'],
      ...(request.payer.email ? { receipt_email: request.payer.email } : {}),
      ...(customer ? { customer } : {}),
      ...(request.saveMethod && customer ? { setup_future_usage: 'off_session' as const } : {}),
      // With a method (a Payment Element's pm_..., or a saved card) we confirm here; without one the storefront confirms.
      ...(method ? { payment_method: method, confirm: true, return_url: request.returnUrl } : {}),
    };
    try {
      return intentOutcome(await this.stripe.paymentIntents.create(params, { idempotencyKey: `payment-${request.paymentId}` }));
    } catch (error) {
      // A decline answers 402 with the PaymentIntent, now carrying the reason.
      if (error instanceof Stripe.errors.StripeCardError && error.payment_intent) return intentOutcome(error.payment_intent);
      if (error instanceof Stripe.errors.StripeIdempotencyError) {
        throw new Conflict('payment_already_started', 'This payment was started with other details; start a new payment.');
      }
      throw translate(error);
    }
  }

  async retrieve(providerReference: string): Promise<PaymentOutcome> {
    return intentOutcome(await this.call(() => this.stripe.paymentIntents.retrieve(providerReference, { expand: ['payment_method'] })));
  }

  async capture(providerReference: string, amount: Money, idempotencyKey: string): Promise<PaymentOutcome> {
    try {
      const intent = await this.stripe.paymentIntents.capture(
        providerReference,
        { amount_to_capture: amount.amount, expand: ['payment_method'] },
        { idempotencyKey },
      );
      return intentOutcome(intent);
    } catch (error) {
      // Already captured (automatic capture) or no longer capturable: answer where it stands.
      if (isUnexpectedState(error)) return this.retrieve(providerReference);
      throw translate(error);
    }
  }

  async cancel(providerReference: string): Promise<PaymentOutcome> {
    try {
      return intentOutcome(
        await this.stripe.paymentIntents.cancel(providerReference, {}, { idempotencyKey: `cancel-${providerReference}` }),
      );
    } catch (error) {
      if (isUnexpectedState(error)) return this.retrieve(providerReference);
      throw translate(error);
    }
  }

  async refund(providerReference: string, amount: Money, idempotencyKey: string): Promise<RefundOutcome> {
    try {
      return refundOutcome(
        await this.stripe.refunds.create({ payment_intent: providerReference, amount: amount.amount }, { idempotencyKey }),
      );
    } catch (error) {
      const code = error instanceof Stripe.errors.StripeError ? error.code : undefined;
      if (code === 'charge_already_refunded' || code === 'amount_too_large') {
        throw new Conflict('refund_exceeds_captured', 'Stripe refused: the refund is larger than what is left of the payment.');
      }
      throw translate(error);
    }
  }

  /** Stripe's scheme: `Stripe-Signature: t=..,v1=..`, HMAC-SHA256 of `${t}.${rawBody}` with the endpoint secret, t within 300 s. */
  async verifyWebhook(rawBody: Buffer, headers: Readonly<Record<string, string | undefined>>): Promise<ProviderEvent> {
    const signature = headers['stripe-signature'];
    if (!signature) throw new WebhookRejected('The Stripe-Signature header is missing.');
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.credentials.webhookSecret, STRIPE_WEBHOOK_TOLERANCE_SECONDS);
    } catch (error) {
      throw new WebhookRejected(error instanceof Error ? error.message : 'The Stripe signature does not match.');
    }
    return stripeEvent(event);
  }

  async ensureCustomer(payer: Payer): Promise<string> {
    if (payer.providerCustomerId) return payer.providerCustomerId;
    const customer = await this.call(() =>
      this.stripe.customers.create(
        { ...(payer.email ? { email: payer.email } : {}), metadata: payer.customerId ? { customerId: payer.customerId } : {} },
        { idempotencyKey: payer.customerId ? `customer-${payer.customerId}` : randomUUID() },
      ),
    );
    return customer.id;
  }

  async createSetup(providerCustomerId: string): Promise<{ clientSecret: string; setupReference: string }> {
    const setup = await this.call(() =>
      this.stripe.setupIntents.create(
        { customer: providerCustomerId, usage: 'off_session', automatic_payment_methods: { enabled: true } },
        { idempotencyKey: randomUUID() },
      ),
    );
    return { clientSecret: setup.client_secret ?? '', setupReference: setup.id };
  }

  async describeMethod(providerMethodId: string): Promise<SavedMethod> {
    const method = await this.call(() => this.stripe.paymentMethods.retrieve(providerMethodId));
    if (!method.card)
      throw new BadRequest('not_a_card', 'Only cards can be saved.', [{ pointer: '/providerMethodId', detail: 'is not a card' }]);
    return cardOf(method);
  }

  async detachMethod(providerMethodId: string): Promise<void> {
    try {
      await this.stripe.paymentMethods.detach(providerMethodId);
    } catch (error) {
      // Already gone or detached at Stripe: what we wanted.
      if (error instanceof Stripe.errors.StripeInvalidRequestError) return;
      throw translate(error);
    }
  }

  async setDefaultMethod(providerCustomerId: string, providerMethodId: string): Promise<void> {
    await this.call(() =>
      this.stripe.customers.update(providerCustomerId, { invoice_settings: { default_payment_method: providerMethodId } }),
    );
  }

  async deleteCustomer(providerCustomerId: string): Promise<void> {
    try {
      await this.stripe.customers.del(providerCustomerId);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return;
      throw translate(error);
    }
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translate(error);
    }
  }
}

function isUnexpectedState(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'payment_intent_unexpected_state';
}

/** Stripe's errors in ours: a missing object is absent; anything else is Stripe not answering as it should. */
function translate(error: unknown): Error {
  if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return new NotFound('Stripe object');
  if (error instanceof Stripe.errors.StripeError) return new PaymentProviderUnavailable(`Stripe answered: ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}
