import { Injectable } from '@nestjs/common';
import { CartCheckoutState } from '../cart/cart-checkout-state.service';
import type { PaymentOutcome } from '../payments/payment-provider';
import type { PaymentRecord } from '../payments/payment.repository';
import { PaymentProviders } from '../payments/payment-providers.service';
import { PaymentRecords } from '../payments/payment-records.service';
import { captureIfApproved, capturesOnApproval } from '../payments/providers/capture-on-approval';
import { placeable } from './placeable-payment';
import { PAYMENTS_EVENT, PaymentEventMessage } from '../payments/webhooks/payment-event.message';
import { syncOrderPayment } from '../orders/order-payment-status';
import { Db } from '../platform/database/db.service';
import { money } from '../platform/money/money';
import { JobHandler } from '../platform/queue/job-handler.decorator';
import { Checkout } from './checkout.service';
import { CheckoutAbandonment } from './checkout-abandonment.service';
import { CheckoutSnapshot, RESERVATION_EXPIRED } from './checkout-snapshot';
import { OrderCompletion, SYSTEM_ACTOR } from './order-completion.service';

/**
 * What happens to a checkout when its shopper is not there: the provider says a payment was taken (place
 * the order, even if the browser never came back; capture a PayPal approval first) or cancelled (give the
 * cart back); the stock's hold runs out (ask the provider once more, then place the order or cancel the
 * payment and give the cart back). Both are safe to run twice and in any order: they act on the payment as
 * it stands now, not as the message saw it, and the cart row lock decides.
 */
@Injectable()
export class CheckoutFollowups {
  constructor(
    private readonly db: Db,
    private readonly carts: CartCheckoutState,
    private readonly payments: PaymentRecords,
    private readonly providers: PaymentProviders,
    private readonly completion: OrderCompletion,
    private readonly checkout: Checkout,
    private readonly abandonment: CheckoutAbandonment,
  ) {}

  @JobHandler(PAYMENTS_EVENT)
  async onPaymentEvent(message: PaymentEventMessage): Promise<void> {
    const { orderId } = message;
    if (orderId) {
      // A placed order's payment moved on (cash collected, a refund): the order says so.
      await this.db.transaction(async (tx) => syncOrderPayment(tx, orderId, () => this.payments.lock(tx, message.paymentId)));
      return;
    }
    if (!(await this.awaits(message.cartId, message.paymentId))) return;
    // A payer's approval heard by webhook: capture it now (outside any transaction); an error retries the job.
    const before = await this.payments.get(message.paymentId);
    const captured = await this.captureApproval(before);
    await this.db.transaction(async (tx) => {
      const cart = await this.carts.lock(tx, message.cartId);
      if (!this.awaitsIn(cart, message.paymentId)) return;
      const payment = captured
        ? await this.payments.applyOutcome(tx, message.paymentId, captured)
        : await this.payments.lock(tx, message.paymentId);
      if (placeable(payment)) await this.completion.placeIn(tx, message.cartId, SYSTEM_ACTOR);
      // A failure is not the end: a Stripe PaymentIntent takes another method after a failed attempt, and
      // may still succeed. The browser's next checkout, or the hold's expiry, gives the cart back.
      else if (payment.state === 'canceled') await this.checkout.giveBack(tx, message.cartId);
    });
  }

  @JobHandler(RESERVATION_EXPIRED)
  async onReservationExpired(payload: { cartId: string; paymentId: string }): Promise<void> {
    const cart = await this.carts.find(payload.cartId);
    if (cart?.reserved_until && cart.reserved_until > new Date()) return;
    await this.abandonment.settle(payload.cartId, payload.paymentId, { providerMustAnswer: false });
  }

  /** Whether the cart is still paying with this payment. */
  private async awaits(cartId: string, paymentId: string): Promise<boolean> {
    return this.awaitsIn(await this.carts.find(cartId), paymentId);
  }

  private awaitsIn(cart: { status: string; checkout: unknown } | null, paymentId: string): boolean {
    return cart?.status === 'checking_out' && (cart.checkout as CheckoutSnapshot | null)?.paymentId === paymentId;
  }

  /** Captures a payment that stands approved at a provider that must capture on approval; null for any other. */
  private async captureApproval(payment: PaymentRecord): Promise<PaymentOutcome | null> {
    if (payment.state !== 'authorized' || !capturesOnApproval(payment.provider) || !payment.providerReference) return null;
    const provider = await this.providers.get(payment.provider);
    const approved: PaymentOutcome = { state: 'authorized', providerReference: payment.providerReference, capturedAmount: 0 };
    return captureIfApproved(provider, approved, payment.id, money(payment.amount, payment.currency));
  }
}
