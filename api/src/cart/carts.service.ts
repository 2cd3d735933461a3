import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { Db } from '../platform/database/db.service';
import { Conflict, NotFound } from '../platform/errors/domain-error';
import { Outbox } from '../platform/outbox/outbox.service';
import { assertOpen, CartAccess, CartRequester } from './cart-access.service';
import { CartRepository } from './cart.repository';
import { idleExpiry, idleMs } from './cart-settings';
import { CartSettingsService } from './cart-settings.service';
import { cartTokenMatches, newCartToken } from './cart-token';
import { CartLines } from './cart-lines.service';
import { CartViews } from './cart-views.service';
import type { AddCartLineDto } from './dto/cart-line.dto';
import { mergeLines } from './cart-rules';
import { CartView, CreatedCartView } from './dto/cart.view';

export const CART_IDLE_CHECK = 'cart.idle-check';

/** Making, reading and claiming carts. */
@Injectable()
export class Carts {
  constructor(
    private readonly db: Db,
    private readonly access: CartAccess,
    private readonly carts: CartRepository,
    private readonly settings: CartSettingsService,
    private readonly views: CartViews,
    private readonly lines: CartLines,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  /** A guest gets a new cart and its token; a customer gets their active cart, made if they have none. */
  async create(customerId: string | null, currency = this.config.store.currency, lines: AddCartLineDto[] = []): Promise<CreatedCartView> {
    const settings = await this.settings.current();
    const { token, hash } = newCartToken();
    // Read before the transaction: it must never wait for a second pool connection.
    const snapshots = lines.length
      ? await this.lines.snapshotsFor(
          lines.map((line) => line.variantId),
          currency,
        )
      : new Map();
    const cart = await this.db.transaction(async (tx) => {
      const existing = customerId ? await this.carts.lockActiveOf(tx, customerId) : null;
      const cart = existing ?? (await this.carts.insert(tx, { tokenHash: hash, customerId, currency, expiresAt: idleExpiry(settings) }));
      if (!existing) await this.outbox.add(tx, CART_IDLE_CHECK, { cartId: cart.id }, { delayMs: idleMs(settings) });
      if (lines.length && cart.currency !== currency) {
        throw new Conflict('currency_mismatch', `Your cart is in ${cart.currency}; add these lines in ${cart.currency}.`);
      }
      if (lines.length) {
        if (existing) assertOpen(existing, new Date());
        await this.lines.addMany(tx, cart.id, lines, snapshots, settings);
      }
      return cart;
    });
    const view = await this.views.build(cart);
    return customerId ? view : { ...view, token };
  }

  async get(who: CartRequester, cartId: string): Promise<CartView> {
    return this.views.build(await this.access.read(cartId, who));
  }

  /**
   * A customer who signed in takes over the guest cart they filled (its token proves it): it becomes
   * theirs, or its lines join their cart (quantities add up within the line limit) and it is closed.
   */
  async claim(customerId: string, cartId: string, guestToken: string | undefined): Promise<CartView> {
    const { maxQuantityPerLine } = await this.settings.current();
    const cart = await this.db.transaction(async (tx) => {
      const guest = await this.carts.lock(tx, cartId);
      if (!guest || (guest.customer_id !== customerId && (guest.customer_id || !cartTokenMatches(guestToken, guest.token_hash)))) {
        throw new NotFound('cart');
      }
      if (guest.customer_id === customerId) return guest;
      if (guest.status !== 'open') throw new Conflict('cart_not_open', 'Only a cart being filled can be claimed.');
      const own = await this.carts.lockActiveOf(tx, customerId);
      if (!own) {
        await this.carts.assignCustomer(tx, guest.id, customerId);
        return { ...guest, customer_id: customerId };
      }
      if (own.status !== 'open') throw new Conflict('cart_checking_out', 'Payment has started for your cart; finish or cancel it first.');
      const [ownLines, guestLines] = [await this.carts.lines(tx, own.id), await this.carts.lines(tx, guest.id)];
      const prices = new Map([...ownLines, ...guestLines].map((line) => [line.variant_id, Number(line.unit_price_added)]));
      const merged = mergeLines(
        ownLines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
        guestLines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
        maxQuantityPerLine,
      );
      await this.carts.putLines(
        tx,
        own.id,
        merged.map((line) => ({ ...line, unitPrice: prices.get(line.variantId) ?? 0 })),
      );
      await this.carts.setStatus(tx, guest.id, 'merged');
      return own;
    });
    return this.views.build(cart);
  }
}
