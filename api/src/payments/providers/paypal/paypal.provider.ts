import { Conflict, DomainError, NotFound } from '../../../platform/errors/domain-error';
import type { Money } from '../../../platform/money/money';
import { PaymentProviderUnavailable, WebhookRejected } from '../../payment-errors';
import type { PaymentOutcome, PaymentProvider, PaymentRequest, ProviderEvent, RefundOutcome } from '../../payment-provider';
import type { PayPalCredentials } from '../../settings/payment-settings';
import { toPayPalAmount } from './paypal-amounts';
import { PayPalApi, PayPalApiError } from './paypal-api';
import {
  capturesOf,
  mapPayPalEvent,
  orderOutcome,
  PAYPAL_DECLINED,
  PayPalCapture,
  PayPalOrder,
  PayPalRefund,
  PayPalWebhook,
  refundOutcome,
} from './paypal-mapping';

/** The transmission headers PayPal signs each webhook delivery with. */
const TRANSMISSION_HEADERS = [
  'paypal-transmission-id',
  'paypal-transmission-time',
  'paypal-transmission-sig',
  'paypal-cert-url',
  'paypal-auth-algo',
];

/**
 * PayPal Checkout through Orders v2, intent CAPTURE: `start` creates the order (custom_id = our payment id)
 * and answers the approve link; once the payer approved (`authorized` here), `capture` takes the money.
 * Every create, capture and refund carries a PayPal-Request-Id, so a retry gets PayPal's first answer.
 */
export class PayPalProvider implements PaymentProvider {
  readonly id = 'paypal' as const;

  constructor(
    private readonly api: PayPalApi,
    private readonly credentials: PayPalCredentials,
  ) {}

  async start(request: PaymentRequest): Promise<PaymentOutcome> {
    const order = await this.call(() =>
      this.api.request<PayPalOrder>('POST', '/v2/checkout/orders', {
        requestId: `order-${request.paymentId}`,
        body: {
          intent: 'CAPTURE',
          purchase_units: [
            {
              reference_id: request.cartId,
              custom_id: request.paymentId,
              description: request.description.slice(0, 127),
              amount: toPayPalAmount(request.amount.amount, request.amount.currency),
            },
          ],
          payment_source: {
            paypal: {
              ...(request.payer.email ? { email_address: request.payer.email } : {}),
              experience_context: {
                return_url: request.returnUrl,
                cancel_url: request.cancelUrl,
                user_action: 'PAY_NOW',
                shipping_preference: 'NO_SHIPPING',
              },
            },
          },
        },
      }),
    );
    return orderOutcome(order);
  }

  async retrieve(providerReference: string): Promise<PaymentOutcome> {
    return orderOutcome(await this.order(providerReference));
  }

  /** Orders v2 captures the whole order; `amount` must be its amount. */
  async capture(providerReference: string, _amount: Money, idempotencyKey: string): Promise<PaymentOutcome> {
    try {
      const order = await this.api.request<PayPalOrder>('POST', `/v2/checkout/orders/${encodeURIComponent(providerReference)}/capture`, {
        requestId: idempotencyKey,
        body: {},
      });
      return orderOutcome(order);
    } catch (error) {
      if (error instanceof PayPalApiError && error.issue === 'INSTRUMENT_DECLINED') {
        return { state: 'failed', providerReference, capturedAmount: 0, failureMessage: PAYPAL_DECLINED };
      }
      if (error instanceof PayPalApiError && (error.issue === 'ORDER_ALREADY_CAPTURED' || error.issue === 'ORDER_NOT_APPROVED')) {
        return this.retrieve(providerReference);
      }
      throw translate(error);
    }
  }

  /** An uncaptured CAPTURE order has nothing to void at PayPal: it expires. We stop here; a captured one stays captured. */
  async cancel(providerReference: string): Promise<PaymentOutcome> {
    const outcome = await this.retrieve(providerReference);
    return outcome.state === 'requires_action' || outcome.state === 'authorized'
      ? { ...outcome, state: 'canceled', action: undefined }
      : outcome;
  }

  async refund(providerReference: string, amount: Money, idempotencyKey: string): Promise<RefundOutcome> {
    const order = await this.order(providerReference);
    const capture = capturesOf(order).find((c) => c.status === 'COMPLETED' || c.status === 'PARTIALLY_REFUNDED');
    if (!capture) throw new Conflict('refund_exceeds_captured', 'Nothing of this PayPal payment is left to refund.');
    try {
      const refund = await this.api.request<PayPalRefund>('POST', `/v2/payments/captures/${encodeURIComponent(capture.id)}/refund`, {
        requestId: idempotencyKey,
        body: { amount: toPayPalAmount(amount.amount, amount.currency), custom_id: order.purchase_units?.[0]?.custom_id },
      });
      return refundOutcome(refund, amount.amount);
    } catch (error) {
      if (error instanceof PayPalApiError && ['REFUND_AMOUNT_EXCEEDED', 'CAPTURE_FULLY_REFUNDED'].includes(error.issue ?? '')) {
        throw new Conflict('refund_exceeds_captured', 'PayPal refused: the refund is larger than what is left of the payment.');
      }
      throw translate(error);
    }
  }

  /**
   * PayPal's documented check: the delivery's transmission headers, our webhook id and the event go to
   * POST /v1/notifications/verify-webhook-signature, which answers SUCCESS or FAILURE.
   */
  async verifyWebhook(rawBody: Buffer, headers: Readonly<Record<string, string | undefined>>): Promise<ProviderEvent> {
    const missing = TRANSMISSION_HEADERS.filter((name) => !headers[name]);
    if (missing.length) throw new WebhookRejected(`Missing PayPal transmission headers: ${missing.join(', ')}.`);
    let webhook: PayPalWebhook;
    try {
      webhook = JSON.parse(rawBody.toString('utf8')) as PayPalWebhook;
    } catch {
      throw new WebhookRejected('The body is not JSON.');
    }
    if (!webhook || typeof webhook.id !== 'string' || typeof webhook.event_type !== 'string') {
      throw new WebhookRejected('The body is not a PayPal webhook event.');
    }
    const verdict = await this.call(() =>
      this.api.request<{ verification_status?: string }>('POST', '/v1/notifications/verify-webhook-signature', {
        body: {
          auth_algo: headers['paypal-auth-algo'],
          cert_url: headers['paypal-cert-url'],
          transmission_id: headers['paypal-transmission-id'],
          transmission_sig: headers['paypal-transmission-sig'],
          transmission_time: headers['paypal-transmission-time'],
          webhook_id: this.credentials.webhookId,
          webhook_event: webhook,
        },
      }),
    );
    if (verdict.verification_status !== 'SUCCESS') throw new WebhookRejected('PayPal did not verify the signature.');
    const mapped = mapPayPalEvent(webhook);
    if (mapped.type !== 'ignored' && mapped.captureId && (!mapped.paymentId || !mapped.providerReference)) {
      // A refund (or capture) made outside our API carries no ids of ours: its capture knows the order and custom_id.
      const capture = await this.call(() =>
        this.api.request<PayPalCapture>('GET', `/v2/payments/captures/${encodeURIComponent(mapped.captureId!)}`),
      );
      mapped.providerReference ||= capture.supplementary_data?.related_ids?.order_id ?? '';
      mapped.paymentId ??= capture.custom_id ?? null;
    }
    return {
      provider: 'paypal',
      eventId: webhook.id,
      type: mapped.type,
      providerReference: mapped.providerReference,
      paymentId: mapped.paymentId,
      amount: mapped.amount,
      ...(mapped.refundReference ? { refundReference: mapped.refundReference } : {}),
      occurredAt: webhook.create_time ? new Date(webhook.create_time) : new Date(),
    };
  }

  private order(providerReference: string): Promise<PayPalOrder> {
    return this.call(() => this.api.request<PayPalOrder>('GET', `/v2/checkout/orders/${encodeURIComponent(providerReference)}`));
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translate(error);
    }
  }
}

function translate(error: unknown): Error {
  if (error instanceof DomainError) return error;
  if (error instanceof PayPalApiError && error.status === 404) return new NotFound('PayPal order');
  if (error instanceof PayPalApiError) return new PaymentProviderUnavailable(`PayPal answered ${error.status}: ${error.message}`);
  // fetch failed or timed out: PayPal did not answer.
  return new PaymentProviderUnavailable(`PayPal did not answer: ${error instanceof Error ? error.message : String(error)}`);
}
