import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CartCheckoutState } from '../cart/cart-checkout-state.service';
import { CartRequester, mayUse } from '../cart/cart-access.service';
import type { CartRow } from '../cart/cart.repository';
import { assertWithinLimits, lineProblem } from '../cart/cart-rules';
import type { CartSettings } from '../cart/cart-settings';
import { CartSettingsService } from '../cart/cart-settings.service';
import { CartViews, PricedCart, toView } from '../cart/cart-views.service';
import { OutOfStock } from '../inventory/ledger/stock-errors';
import { StockReservations } from '../inventory/reservations/stock-reservations.service';
import { PaymentProviders } from '../payments/payment-providers.service';
import { PaymentRecords } from '../payments/payment-records.service';
import { Conflict, ValidationFailed } from '../platform/errors/domain-error';
import { Outbox } from '../platform/outbox/outbox.service';
import type { PostalAddress } from '../shipping/postal-address';
import { CheckoutSnapshot, RESERVATION_EXPIRED } from './checkout-snapshot';
import { CheckoutDto } from './dto/checkout.dto';

/** Where a checkout request finds its cart: to start paying, to carry on a payment under way, or already an order. */
/** The cart as priced before the checkout's transaction, with what else it read. */
export interface PreparedCheckout {
  priced: PricedCart;
  settings: CartSettings;
  total: { amount: number; currency: string };
}

/** The cart changed between pricing it and locking it: price it again. */
export class CartChangedMeanwhile extends Error {}

export type CheckoutStage = { kind: 'start' | 'resume'; cart: CartRow; snapshot: CheckoutSnapshot } | { kind: 'done'; cart: CartRow };

/**
 * The first step of a checkout, in one transaction: the cart priced as the shopper sees it, checked ready,
 * its stock held for the reservation time, a payment record made, and everything frozen on the cart.
 */
@Injectable()
export class CheckoutStart {
  constructor(
    private readonly carts: CartCheckoutState,
    private readonly views: CartViews,
    private readonly settings: CartSettingsService,
    private readonly reservations: StockReservations,
    private readonly providers: PaymentProviders,
    private readonly payments: PaymentRecords,
    private readonly outbox: Outbox,
  ) {}

  /**
   * What the checkout needs read before its transaction: the cart priced, the settings, the providers on
   * offer. Read on the pool, not in the transaction, so that a transaction never waits for a second
   * connection (with every connection in a transaction, that wait would never end).
   */
  async prepare(cartId: string, who: CartRequester, input: CheckoutDto): Promise<PreparedCheckout | null> {
    const cart = await this.carts.find(cartId);
    if (!cart || cart.status !== 'open' || !mayUse(cart, who)) return null;
    const settings = await this.settings.current();
    const priced = await this.views.price(cart);
    const short = priced.lines.flatMap((line, index) => {
      const problem = lineProblem(line.variant, line.quantity);
      return problem?.code === 'insufficient_stock' ? [{ pointer: `/lines/${index}/quantity`, detail: problem.detail }] : [];
    });
    if (short.length) throw new Conflict('out_of_stock', 'Some of the items are no longer in stock as ordered.', short);
    const view = toView(priced);
    if (view.missing.length) {
      throw new Conflict(
        'cart_not_ready',
        `The cart needs ${view.missing.join(', ')} before payment.`,
        view.missing.map((field) => ({ pointer: `/${field}`, detail: 'is missing' })),
      );
    }
    const total = { amount: priced.quote.totals.total, currency: cart.currency };
    const offered = await this.providers.available({ country: cart.shipping_address!.country, amount: total });
    if (!offered.includes(input.provider)) {
      throw new ValidationFailed([
        { pointer: '/provider', detail: `is not offered for this cart; choose one of ${offered.join(', ') || 'none'}` },
      ]);
    }
    return { priced, settings, total };
  }

  /** Locks the cart and finds where its checkout stands; starts it from `prepared` when the cart is as it was priced. */
  async stage(
    tx: EntityManager,
    cartId: string,
    who: CartRequester,
    input: CheckoutDto,
    prepared: PreparedCheckout | null,
  ): Promise<CheckoutStage> {
    const cart = await this.carts.lockForShopper(tx, cartId, who);
    if (cart.status === 'completed') return { kind: 'done', cart };
    if (cart.status === 'checking_out' && cart.checkout)
      return { kind: 'resume', cart, snapshot: cart.checkout as unknown as CheckoutSnapshot };
    if (!prepared || prepared.priced.cart.updated_at.getTime() !== cart.updated_at.getTime()) throw new CartChangedMeanwhile();
    return { kind: 'start', cart, snapshot: await this.start(tx, prepared, input) };
  }

  private async start(tx: EntityManager, { priced, settings, total }: PreparedCheckout, input: CheckoutDto): Promise<CheckoutSnapshot> {
    const { cart } = priced;
    assertWithinLimits(
      priced.lines.map((line) => ({ variantId: line.row.variant_id, quantity: line.quantity })),
      settings,
      '/lines',
    );
    const reservedUntil = new Date(Date.now() + settings.reservationMinutes * 60_000);
    await this.reserve(tx, priced, reservedUntil);
    const paymentId = await this.payments.create(tx, {
      cartId: cart.id,
      provider: input.provider,
      amount: total,
      customerId: cart.customer_id,
    });
    const snapshot = snapshotOf(priced, paymentId, input);
    await this.carts.freeze(tx, cart.id, reservedUntil, snapshot);
    await this.outbox.add(tx, RESERVATION_EXPIRED, { cartId: cart.id, paymentId }, { delayMs: settings.reservationMinutes * 60_000 });
    return snapshot;
  }

  private async reserve(tx: EntityManager, priced: PricedCart, until: Date): Promise<void> {
    try {
      await this.reservations.reserve(
        tx,
        { type: 'cart', id: priced.cart.id },
        priced.lines.map((line) => ({ variantId: line.row.variant_id, quantity: line.quantity })),
        until,
      );
    } catch (error) {
      if (!(error instanceof OutOfStock)) throw error;
      throw new Conflict(
        'out_of_stock',
        error.message,
        error.shortages.map((short) => ({
          pointer: `/lines/${priced.lines.findIndex((line) => line.row.variant_id === short.variantId)}/quantity`,
          detail: short.available > 0 ? `only ${short.available} left` : 'is out of stock',
        })),
      );
    }
  }
}

function snapshotOf({ cart, lines, quote }: PricedCart, paymentId: string, input: CheckoutDto): CheckoutSnapshot {
  const method = quote.shippingMethod!;
  const shippingAddress = cart.shipping_address as unknown as PostalAddress;
  return {
    paymentId,
    provider: input.provider,
    email: cart.email!,
    customerId: cart.customer_id,
    currency: cart.currency,
    totals: quote.totals,
    lines: lines.map((line) => ({
      lineId: line.lineId,
      variantId: line.row.variant_id,
      productId: line.variant!.productId,
      sku: line.variant!.sku,
      title: line.variant!.productTitle,
      variantTitle: line.variant!.variantTitle,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
    })),
    shippingAddress,
    billingAddress: (cart.billing_address as unknown as PostalAddress | null) ?? shippingAddress,
    shippingMethod: {
      methodId: method.methodId,
      name: method.name,
      kind: method.kind,
      price: method.price.amount,
      estimate: method.estimate,
    },
    discountCode: quote.discount?.applies ? quote.discount.code : null,
  };
}
