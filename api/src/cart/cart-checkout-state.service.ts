import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFound } from '../platform/errors/domain-error';
import { assertOpen, CartRequester, mayUse } from './cart-access.service';
import { CartRepository, CartRow } from './cart.repository';

/**
 * What the checkout may do to a cart: lock it (as its shopper, or as the system for a webhook or an
 * expiry), freeze it while payment runs, open it again, or close it as an order.
 */
@Injectable()
export class CartCheckoutState {
  constructor(private readonly carts: CartRepository) {}

  /** The shopper's cart, locked, when it is being filled or already paying. */
  async lockForShopper(tx: EntityManager, cartId: string, who: CartRequester, now = new Date()): Promise<CartRow> {
    const cart = await this.carts.lock(tx, cartId);
    if (!cart || !mayUse(cart, who)) throw new NotFound('cart');
    if (cart.status !== 'checking_out' && cart.status !== 'completed') assertOpen(cart, now);
    return cart;
  }

  /** Any cart, locked, for the system (a webhook, an expiry); null when there is none. */
  lock(tx: EntityManager, cartId: string): Promise<CartRow | null> {
    return this.carts.lock(tx, cartId);
  }

  /** Any cart, read; null when there is none. */
  find(cartId: string): Promise<CartRow | null> {
    return this.carts.find(cartId);
  }

  freeze(tx: EntityManager, cartId: string, reservedUntil: Date, checkout: object): Promise<void> {
    return this.carts.setCheckout(tx, cartId, { status: 'checking_out', reservedUntil, checkout });
  }

  reopen(tx: EntityManager, cartId: string): Promise<void> {
    return this.carts.setCheckout(tx, cartId, { status: 'open', reservedUntil: null, checkout: null });
  }

  complete(tx: EntityManager, cartId: string): Promise<void> {
    return this.carts.setStatus(tx, cartId, 'completed');
  }
}
