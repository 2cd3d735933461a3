import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CartCheckoutState } from '../cart/cart-checkout-state.service';
import { StockReservations } from '../inventory/reservations/stock-reservations.service';
import { OrderView } from '../orders/dto/order.view';
import { orderPaymentState } from '../orders/order-payment-status';
import { OrderPlacement } from '../orders/order-placement.service';
import { OrderQueries } from '../orders/order-queries.service';
import { PaymentRecords } from '../payments/payment-records.service';
import { Conflict } from '../platform/errors/domain-error';
import { DiscountCodeRefused } from '../promotions/discount-code-refused.error';
import { DiscountCodes } from '../promotions/discount-codes.service';
import type { CheckoutSnapshot } from './checkout-snapshot';

/** The actor of an order placed without its shopper there: by a webhook, a hold's expiry, a cancel. */
export const SYSTEM_ACTOR = { type: 'system' as const, id: null };

const PAYMENT_LABELS: Record<string, string> = {
  sandbox: 'paid by card (sandbox)',
  stripe: 'paid by card',
  paypal: 'paid with PayPal',
  cash_on_delivery: 'to pay in cash on delivery',
};

/**
 * Turns a paid (or cash-on-delivery) checkout into its order: the one place orders are made, whoever gets
 * here first (the shopper's browser, the provider's webhook, the reservation's expiry). The cart row lock
 * and the unique cart id on orders make it one order per cart.
 */
@Injectable()
export class OrderCompletion {
  constructor(
    private readonly carts: CartCheckoutState,
    private readonly payments: PaymentRecords,
    private readonly reservations: StockReservations,
    private readonly placement: OrderPlacement,
    private readonly orders: OrderQueries,
    private readonly codes: DiscountCodes,
  ) {}

  /** Places the cart's order in `tx` (or finds it when it exists); the order as it will commit. */
  async placeIn(tx: EntityManager, cartId: string, actor: { type: 'customer' | 'system'; id: string | null }): Promise<OrderView> {
    const cart = await this.carts.lock(tx, cartId);
    const existing = await this.orders.ofCart(cartId, tx);
    if (existing) return existing;
    const snapshot = cart?.checkout as CheckoutSnapshot | null | undefined;
    if (!cart || cart.status !== 'checking_out' || !snapshot)
      throw new Conflict('checkout_not_started', 'Payment has not started for this cart.');
    const payment = await this.payments.lock(tx, snapshot.paymentId);
    const paymentStatus = orderPaymentState(payment);
    if (!paymentStatus) throw new Conflict('payment_not_taken', 'The payment for this cart has not been taken.');
    const order = await this.placement.place(tx, {
      ...snapshot,
      cartId,
      paymentProvider: snapshot.provider,
      paymentStatus,
      paymentLabel: PAYMENT_LABELS[snapshot.provider] ?? 'paid',
      actor,
    });
    await this.redeemCode(tx, snapshot);
    await this.reservations.sell(tx, { type: 'cart', id: cartId }, { type: 'order', id: order.id });
    await this.payments.attachOrder(tx, payment.id, order.id);
    await this.carts.complete(tx, cartId);
    return (await this.orders.ofCart(cartId, tx))!;
  }

  /**
   * Takes the code's use. It applied when payment started and the shopper paid with it, so the order keeps
   * the discount even if its last use went to another checkout meanwhile (rare; staff can see it in the totals).
   */
  private async redeemCode(tx: EntityManager, snapshot: CheckoutSnapshot): Promise<void> {
    if (!snapshot.discountCode) return;
    try {
      await this.codes.redeem(tx, snapshot.discountCode);
    } catch (error) {
      if (!(error instanceof DiscountCodeRefused)) throw error;
    }
  }
}
