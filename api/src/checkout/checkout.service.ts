import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CartRequester } from '../cart/cart-access.service';
import { CartCheckoutState } from '../cart/cart-checkout-state.service';
import { StockReservations } from '../inventory/reservations/stock-reservations.service';
import { OrderQueries } from '../orders/order-queries.service';
import type { PaymentOutcome } from '../payments/payment-provider';
import { captureIfApproved } from '../payments/providers/capture-on-approval';
import { PaymentProviders } from '../payments/payment-providers.service';
import { PaymentRecords } from '../payments/payment-records.service';
import { ProviderCustomers } from '../payments/saved-methods/provider-customers.service';
import type { SavedMethodRecord } from '../payments/saved-methods/saved-method.repository';
import { SavedPaymentMethods } from '../payments/saved-methods/saved-payment-methods.service';
import { AppConfig } from '../platform/config/app-config';
import { Db } from '../platform/database/db.service';
import { Conflict, NotFound, ValidationFailed } from '../platform/errors/domain-error';
import { idempotencyContext } from '../platform/idempotency/idempotency-context';
import { CartChangedMeanwhile, CheckoutStage, CheckoutStart } from './checkout-start.service';
import type { CheckoutSnapshot } from './checkout-snapshot';
import { CheckoutDto } from './dto/checkout.dto';
import { CheckoutResultView } from './dto/checkout-result.view';
import { OrderCompletion } from './order-completion.service';
import { PaymentDeclined } from './payment-declined.error';
import { TAKEN } from './placeable-payment';

/**
 * POST /store/carts/{id}/checkout: holds the stock and starts the payment (first transaction), asks the
 * provider (no transaction open), then settles (second transaction): places the order when the payment
 * is taken, hands back the provider's action when the shopper must approve, or gives the cart back when
 * declined. Sent again after an approval, it carries on where it stopped.
 */
@Injectable()
export class Checkout {
  constructor(
    private readonly db: Db,
    private readonly start: CheckoutStart,
    private readonly completion: OrderCompletion,
    private readonly carts: CartCheckoutState,
    private readonly reservations: StockReservations,
    private readonly providers: PaymentProviders,
    private readonly payments: PaymentRecords,
    private readonly providerCustomers: ProviderCustomers,
    private readonly savedMethods: SavedPaymentMethods,
    private readonly orders: OrderQueries,
    private readonly config: AppConfig,
  ) {}

  async checkout(who: CartRequester, cartId: string, input: CheckoutDto): Promise<CheckoutResultView> {
    const saved = await this.savedCard(who, input);
    const stage = await this.stage(cartId, who, input);
    if (stage.kind === 'done') {
      const order = await this.orders.ofCart(cartId);
      if (!order) throw new Conflict('cart_completed', 'This cart became an order.');
      // The cart keeps its checkout snapshot when it becomes an order.
      return { status: 'placed', paymentId: (stage.cart.checkout as CheckoutSnapshot | null)?.paymentId ?? '', order, action: null };
    }
    const outcome = await this.askProvider(stage.kind, stage.snapshot, input, cartId, saved);
    return this.settle(cartId, stage.snapshot, outcome, who);
  }

  /** The first transaction, priced just before it; a change to the cart in between (rare) prices it again. */
  private async stage(cartId: string, who: CartRequester, input: CheckoutDto): Promise<CheckoutStage> {
    for (let attempt = 1; ; attempt++) {
      const prepared = await this.start.prepare(cartId, who, input);
      try {
        return await this.db.transaction((tx) => this.start.stage(tx, cartId, who, input, prepared), { recordsAnswer: false });
      } catch (error) {
        if (!(error instanceof CartChangedMeanwhile)) throw error;
        if (attempt === 3) throw new Conflict('cart_changed', 'The cart is being changed; try again.');
      }
    }
  }

  /** The saved card the customer chose, checked before anything is held: theirs, and of the provider they pay with. */
  private async savedCard(who: CartRequester, input: CheckoutDto): Promise<SavedMethodRecord | null> {
    if (!input.savedMethodId) return null;
    const refuse = (detail: string) => new ValidationFailed([{ pointer: '/savedMethodId', detail }]);
    if (!who.customerId) throw refuse('needs a signed-in customer');
    const saved = await this.savedMethods.resolveForCheckout(who.customerId, input.savedMethodId).catch((error: unknown) => {
      throw error instanceof NotFound ? refuse('is not one of your saved cards') : error;
    });
    if (saved.provider !== input.provider) throw refuse(`is a card saved with ${saved.provider}; pay with ${saved.provider} to use it`);
    return saved;
  }

  private async askProvider(
    kind: 'start' | 'resume',
    snapshot: CheckoutSnapshot,
    input: CheckoutDto,
    cartId: string,
    saved: SavedMethodRecord | null,
  ): Promise<PaymentOutcome> {
    const provider = await this.providers.get(snapshot.provider);
    const payment = await this.payments.get(snapshot.paymentId);
    const amount = { amount: snapshot.totals.total, currency: snapshot.currency };
    if (kind === 'resume' && payment.providerReference)
      return captureIfApproved(provider, await provider.retrieve(payment.providerReference), snapshot.paymentId, amount);
    const keeper = snapshot.provider === 'stripe' || snapshot.provider === 'sandbox' ? snapshot.provider : null;
    const providerCustomerId =
      saved?.providerCustomerId ??
      (snapshot.customerId && keeper && input.saveMethod
        ? await this.providerCustomers.ensure(snapshot.customerId, keeper, snapshot.email)
        : null);
    // Only back to the storefront itself: a prefix check would let `https://shop.example.evil.test` through.
    const back =
      input.returnUrl && sameOrigin(input.returnUrl, this.config.store.storefrontUrl)
        ? input.returnUrl
        : `${this.config.store.storefrontUrl}/checkout`;
    return provider.start({
      paymentId: snapshot.paymentId,
      cartId,
      amount: { amount: snapshot.totals.total, currency: snapshot.currency },
      payer: { email: snapshot.email, customerId: snapshot.customerId, providerCustomerId },
      returnUrl: back,
      cancelUrl: back,
      methodToken: input.methodToken,
      savedMethodId: saved?.providerMethodId,
      saveMethod: Boolean(snapshot.customerId && input.saveMethod),
      description: `${this.config.store.name} order`,
    });
  }

  private async settle(
    cartId: string,
    snapshot: CheckoutSnapshot,
    outcome: PaymentOutcome,
    who: CartRequester,
  ): Promise<CheckoutResultView> {
    const actor = { type: who.customerId ? ('customer' as const) : ('system' as const), id: who.customerId };
    if (TAKEN.has(outcome.state)) {
      return this.db.transaction(async (tx) => {
        await this.payments.applyOutcome(tx, snapshot.paymentId, outcome);
        const order = await this.completion.placeIn(tx, cartId, actor);
        return { status: 'placed' as const, paymentId: snapshot.paymentId, order, action: null };
      });
    }
    if (outcome.state === 'requires_action' && outcome.action) {
      await this.db.transaction((tx) => this.payments.applyOutcome(tx, snapshot.paymentId, outcome), { recordsAnswer: false });
      const idempotency = idempotencyContext.getStore();
      if (idempotency) idempotency.unfinished = true;
      const { action } = outcome;
      return {
        status: 'requires_action',
        paymentId: snapshot.paymentId,
        order: null,
        action: {
          type: action.type,
          url: action.type === 'redirect' ? action.url : null,
          clientSecret: action.type === 'confirm' ? action.clientSecret : null,
        },
      };
    }
    await this.db.transaction(
      async (tx) => {
        await this.payments.applyOutcome(tx, snapshot.paymentId, outcome);
        await this.giveBack(tx, cartId);
      },
      { recordsAnswer: false },
    );
    throw new PaymentDeclined(
      outcome.failureMessage ?? 'The payment did not go through. Your cart is as it was: try again or choose another way to pay.',
    );
  }

  /** The cart as it was before payment: stock released, open for changes. */
  async giveBack(tx: EntityManager, cartId: string): Promise<void> {
    await this.reservations.release(tx, { type: 'cart', id: cartId });
    await this.carts.reopen(tx, cartId);
  }
}

/** Whether `url` is on `base`'s scheme, host and port; false for anything that does not parse as a full URL. */
function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}
