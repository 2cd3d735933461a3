import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Conflict, NotFound } from '../platform/errors/domain-error';
import { CartRepository, CartRow } from './cart.repository';
import { cartTokenMatches } from './cart-token';

/** Who asks for a cart: a signed-in customer, and/or the holder of a guest cart's token (`X-Cart-Token`). */
export interface CartRequester {
  customerId: string | null;
  token: string | undefined;
}

/**
 * The only way to a cart. A customer's cart answers to that customer's sign-in alone; a guest cart to its
 * token. Anything else is "not found": another shopper's cart and no cart look the same.
 */
@Injectable()
export class CartAccess {
  constructor(private readonly carts: CartRepository) {}

  async read(id: string, who: CartRequester): Promise<CartRow> {
    const cart = await this.carts.find(id);
    if (!cart || !mayUse(cart, who)) throw new NotFound('cart');
    return cart;
  }

  /** Locks a cart the requester may change and that can still change. */
  async lockOpen(tx: EntityManager, id: string, who: CartRequester, now = new Date()): Promise<CartRow> {
    const cart = await this.carts.lock(tx, id);
    if (!cart || !mayUse(cart, who)) throw new NotFound('cart');
    assertOpen(cart, now);
    return cart;
  }

  /**
   * `lockOpen` that also keeps the cart alive until `expiresAt`, in the same statement (one round trip
   * fewer on every line change). A refusal throws, and the transaction's rollback undoes the touch.
   */
  async lockOpenTouching(tx: EntityManager, id: string, who: CartRequester, expiresAt: Date, now = new Date()): Promise<CartRow> {
    const cart = await this.carts.lockTouching(tx, id, expiresAt);
    if (!cart || !mayUse(cart, who)) throw new NotFound('cart');
    assertOpen(cart, now);
    return cart;
  }
}

export function mayUse(cart: CartRow, who: CartRequester): boolean {
  if (cart.customer_id) return who.customerId === cart.customer_id;
  return cartTokenMatches(who.token, cart.token_hash);
}

export function assertOpen(cart: CartRow, now: Date): void {
  if (cart.status === 'open' && cart.expires_at > now) return;
  if (cart.status === 'completed') throw new Conflict('cart_completed', 'This cart became an order; start a new cart.');
  if (cart.status === 'merged') throw new Conflict('cart_merged', "This cart was merged into the customer's cart.");
  if (cart.status === 'checking_out')
    throw new Conflict('cart_checking_out', 'Payment has started for this cart; cancel it to make changes.');
  throw new Conflict('cart_expired', 'This cart expired; start a new one.');
}
