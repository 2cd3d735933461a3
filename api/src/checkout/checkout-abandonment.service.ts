import { Injectable, Logger } from '@nestjs/common';
import { CartCheckoutState } from '../cart/cart-checkout-state.service';
import { PaymentProviderUnavailable } from '../payments/payment-errors';
import type { PaymentOutcome } from '../payments/payment-provider';
import { PaymentProviders } from '../payments/payment-providers.service';
import { PaymentRecords } from '../payments/payment-records.service';
import { captureIfApproved, capturesOnApproval } from '../payments/providers/capture-on-approval';
import { Db } from '../platform/database/db.service';
import { money } from '../platform/money/money';
import { Checkout } from './checkout.service';
import type { CheckoutSnapshot } from './checkout-snapshot';
import { OrderCompletion, SYSTEM_ACTOR } from './order-completion.service';
import { placeable, TAKEN } from './placeable-payment';

export type AbandonedCheckout = 'placed' | 'given_back' | 'not_paying';

/**
 * A payment under way that its shopper left (the hold ran out) or turned down (cancel): the provider is asked
 * once more, then the order is placed when the money was taken after all, or the payment is cancelled at the
 * provider, so it never can be taken, and the cart is given back.
 */
@Injectable()
export class CheckoutAbandonment {
  private readonly logger = new Logger(CheckoutAbandonment.name);

  constructor(
    private readonly db: Db,
    private readonly carts: CartCheckoutState,
    private readonly payments: PaymentRecords,
    private readonly providers: PaymentProviders,
    private readonly completion: OrderCompletion,
    private readonly checkout: Checkout,
  ) {}

  /**
   * `providerMustAnswer`: a shopper cancelling waits for the provider (a 502 keeps the cart as it is);
   * an expiry gives the stock back even when the provider cannot be reached.
   */
  async settle(cartId: string, paymentId: string, options: { providerMustAnswer: boolean }): Promise<AbandonedCheckout> {
    const cart = await this.carts.find(cartId);
    const snapshot = cart?.checkout as CheckoutSnapshot | null | undefined;
    if (cart?.status !== 'checking_out' || snapshot?.paymentId !== paymentId) return 'not_paying';
    const outcome = await this.lastWord(snapshot, options.providerMustAnswer);
    return this.db.transaction(async (tx) => {
      const locked = await this.carts.lock(tx, cartId);
      if (locked?.status !== 'checking_out' || (locked.checkout as CheckoutSnapshot | null)?.paymentId !== paymentId) return 'not_paying';
      if (outcome) await this.payments.applyOutcome(tx, paymentId, outcome);
      const payment = await this.payments.lock(tx, paymentId);
      if (placeable(payment)) {
        await this.completion.placeIn(tx, cartId, SYSTEM_ACTOR);
        return 'placed';
      }
      await this.checkout.giveBack(tx, cartId);
      return 'given_back';
    });
  }

  /**
   * The provider's view of the payment now: taken after all (an approval captured now), or cancelled now. A
   * failed Stripe attempt is asked too: its PaymentIntent may have succeeded with another method since.
   */
  private async lastWord(snapshot: CheckoutSnapshot, mustAnswer: boolean): Promise<PaymentOutcome | null> {
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
      if (mustAnswer) throw error instanceof PaymentProviderUnavailable ? error : new PaymentProviderUnavailable((error as Error).message);
      // Unreachable provider at expiry: the stock goes back anyway; staff see a payment taken later without an order.
      this.logger.warn(`could not reach ${snapshot.provider} for payment ${snapshot.paymentId}: ${(error as Error).message}`);
      return null;
    }
  }
}
