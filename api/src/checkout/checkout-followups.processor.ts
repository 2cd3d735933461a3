import { Injectable, Logger } from '@nestjs/common';
import { CartCheckoutState } from '../cart/cart-checkout-state.service';
import type { PaymentOutcome } from '../payments/payment-provider';
import type { PaymentRecord } from '../payments/payment.repository';
import { PaymentProviders } from '../payments/payment-providers.service';
import { PaymentRecords } from '../payments/payment-records.service';
import { captureIfApproved, capturesOnApproval } from '../payments/providers/capture-on-approval';
import { PAYMENTS_EVENT, PaymentEventMessage } from '../payments/webhooks/payment-event.message';
import { Db } from '../platform/database/db.service';
import { money } from '../platform/money/money';
import { JobHandler } from '../platform/queue/job-handler.decorator';
import { Checkout } from './checkout.service';
import { CheckoutSnapshot, RESERVATION_EXPIRED } from './checkout-snapshot';
import { OrderCompletion } from './order-completion.service';

const TAKEN = new Set(['authorized', 'captured', 'pending']);
const SYSTEM = { type: 'system' as const, id: null };

/** Taken far enough to place the order on: a PayPal approval is not, until it is captured. */
function placeable(payment: Pick<PaymentRecord, 'state' | 'provider'>): boolean {
  return TAKEN.has(payment.state) && !(payment.state === 'authorized' && capturesOnApproval(payment.provider));
}

/**
 * What happens to a checkout when its shopper is not there: the provider says a payment was taken (place
 * the order, even if the browser never came back; capture a PayPal approval first) or cancelled (give the
 * cart back); the stock's hold runs out (ask the provider once more, then place the order or cancel the
 * payment and give the cart back). Both are safe to run twice and in any order: they act on the payment as
 * it stands now, not as the message saw it, and the cart row lock decides.
 */
@Injectable()
export class CheckoutFollowups {
  private readonly logger = new Logger(CheckoutFollowups.name);

  constructor(
    private readonly db: Db,
    private readonly carts: CartCheckoutState,
    private readonly payments: PaymentRecords,
    private readonly providers: PaymentProviders,
    private readonly completion: OrderCompletion,
    private readonly checkout: Checkout,
  ) {}

  @JobHandler(PAYMENTS_EVENT)
  async onPaymentEvent(message: PaymentEventMessage): Promise<void> {
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
      if (placeable(payment)) await this.completion.placeIn(tx, message.cartId, SYSTEM);
      // A failure is not the end: a Stripe PaymentIntent takes another method after a failed attempt, and
      // may still succeed. The browser's next checkout, or the hold's expiry, gives the cart back.
      else if (payment.state === 'canceled') await this.checkout.giveBack(tx, message.cartId);
    });
  }

  @JobHandler(RESERVATION_EXPIRED)
  async onReservationExpired(payload: { cartId: string; paymentId: string }): Promise<void> {
    const cart = await this.carts.find(payload.cartId);
    const snapshot = cart?.checkout as CheckoutSnapshot | null | undefined;
    if (!cart || !snapshot || !this.awaitsIn(cart, payload.paymentId)) return;
    if (cart.reserved_until && cart.reserved_until > new Date()) return;
    const outcome = await this.lastWord(snapshot);
    await this.db.transaction(async (tx) => {
      const locked = await this.carts.lock(tx, cart.id);
      if (!this.awaitsIn(locked, payload.paymentId)) return;
      if (outcome) await this.payments.applyOutcome(tx, payload.paymentId, outcome);
      const payment = await this.payments.lock(tx, payload.paymentId);
      if (placeable(payment)) await this.completion.placeIn(tx, cart.id, SYSTEM);
      else await this.checkout.giveBack(tx, cart.id);
    });
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

  /**
   * The provider's view of a payment whose time ran out: taken after all (an approval captured now), or
   * cancelled now so it never can be. A failed Stripe attempt is asked too: its PaymentIntent may have
   * succeeded with another method since, and must be cancelled before the cart is given back.
   */
  private async lastWord(snapshot: CheckoutSnapshot): Promise<PaymentOutcome | null> {
    const payment = await this.payments.get(snapshot.paymentId);
    if (!payment.providerReference || payment.state === 'canceled' || (placeable(payment) && payment.state !== 'authorized')) return null;
    try {
      const provider = await this.providers.get(snapshot.provider);
      const now = await provider.retrieve(payment.providerReference);
      if (now.state === 'authorized' && capturesOnApproval(provider.id)) {
        const captured = await captureIfApproved(provider, now, payment.id, money(payment.amount, payment.currency));
        if (TAKEN.has(captured.state)) return captured;
      } else if (TAKEN.has(now.state)) {
        return now;
      }
      return await provider.cancel(payment.providerReference);
    } catch (error) {
      // Unreachable provider: give the stock back anyway; a late webhook for a taken payment still places the order.
      this.logger.warn(`could not reach ${snapshot.provider} for payment ${snapshot.paymentId}: ${(error as Error).message}`);
      return null;
    }
  }
}
