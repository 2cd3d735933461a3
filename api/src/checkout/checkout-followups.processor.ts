import { Injectable, Logger } from '@nestjs/common';
import { CartCheckoutState } from '../cart/cart-checkout-state.service';
import type { PaymentOutcome } from '../payments/payment-provider';
import { PaymentProviders } from '../payments/payment-providers.service';
import { PaymentRecords } from '../payments/payment-records.service';
import { PAYMENTS_EVENT, PaymentEventMessage } from '../payments/webhooks/payment-event.message';
import { Db } from '../platform/database/db.service';
import { JobHandler } from '../platform/queue/job-handler.decorator';
import { Checkout } from './checkout.service';
import { CheckoutSnapshot, RESERVATION_EXPIRED } from './checkout-snapshot';
import { OrderCompletion } from './order-completion.service';

const TAKEN = new Set(['authorized', 'captured', 'pending']);
const SYSTEM = { type: 'system' as const, id: null };

/**
 * What happens to a checkout when its shopper is not there: the provider says a payment was taken (place
 * the order, even if the browser never came back) or failed (give the cart back); the stock's hold runs out
 * (ask the provider once more, then place the order or cancel the payment and give the cart back).
 * Both are safe to run twice and in any order: the cart row lock decides.
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
    await this.db.transaction(async (tx) => {
      const cart = await this.carts.lock(tx, message.cartId);
      const snapshot = cart?.checkout as CheckoutSnapshot | null | undefined;
      if (!cart || cart.status !== 'checking_out' || snapshot?.paymentId !== message.paymentId) return;
      if (TAKEN.has(message.state)) await this.completion.placeIn(tx, cart.id, SYSTEM);
      else if (message.state === 'failed' || message.state === 'canceled') await this.checkout.giveBack(tx, cart.id);
    });
  }

  @JobHandler(RESERVATION_EXPIRED)
  async onReservationExpired(payload: { cartId: string; paymentId: string }): Promise<void> {
    const cart = await this.carts.find(payload.cartId);
    const snapshot = cart?.checkout as CheckoutSnapshot | null | undefined;
    if (!cart || cart.status !== 'checking_out' || snapshot?.paymentId !== payload.paymentId) return;
    if (cart.reserved_until && cart.reserved_until > new Date()) return;
    const outcome = await this.lastWord(snapshot);
    await this.db.transaction(async (tx) => {
      const locked = await this.carts.lock(tx, cart.id);
      if (locked?.status !== 'checking_out' || (locked.checkout as CheckoutSnapshot | null)?.paymentId !== payload.paymentId) return;
      if (outcome) await this.payments.applyOutcome(tx, payload.paymentId, outcome);
      const payment = await this.payments.lock(tx, payload.paymentId);
      if (TAKEN.has(payment.state)) await this.completion.placeIn(tx, cart.id, SYSTEM);
      else await this.checkout.giveBack(tx, cart.id);
    });
  }

  /** The provider's view of a payment whose time ran out: taken after all, or cancelled now so it never can be. */
  private async lastWord(snapshot: CheckoutSnapshot): Promise<PaymentOutcome | null> {
    const payment = await this.payments.get(snapshot.paymentId);
    if (!payment.providerReference || TAKEN.has(payment.state) || payment.state === 'failed' || payment.state === 'canceled') return null;
    try {
      const provider = await this.providers.get(snapshot.provider);
      const now = await provider.retrieve(payment.providerReference);
      return TAKEN.has(now.state) ? now : await provider.cancel(payment.providerReference);
    } catch (error) {
      // Unreachable provider: give the stock back anyway; a late webhook for a taken payment still places the order.
      this.logger.warn(`could not reach ${snapshot.provider} for payment ${snapshot.paymentId}: ${(error as Error).message}`);
      return null;
    }
  }
}
