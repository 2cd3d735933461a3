import { Injectable } from '@nestjs/common';
import { Db } from '../platform/database/db.service';
import { Outbox } from '../platform/outbox/outbox.service';
import { JobHandler } from '../platform/queue/job-handler.decorator';
import { CartRepository } from './cart.repository';
import { CART_IDLE_CHECK } from './carts.service';

/**
 * A cart's idle check, scheduled when the cart is made: expired by now → closed; touched since → checks
 * again when its new idle period ends. One pending check per cart, whatever its number of changes.
 */
@Injectable()
export class CartExpiryProcessor {
  constructor(
    private readonly db: Db,
    private readonly carts: CartRepository,
    private readonly outbox: Outbox,
  ) {}

  @JobHandler(CART_IDLE_CHECK)
  async check(payload: { cartId: string }): Promise<void> {
    const now = new Date();
    await this.db.transaction(async (tx) => {
      const cart = await this.carts.lock(tx, payload.cartId);
      if (!cart || cart.status !== 'open') return;
      if (cart.expires_at <= now) await this.carts.setStatus(tx, cart.id, 'expired');
      else await this.outbox.add(tx, CART_IDLE_CHECK, { cartId: cart.id }, { delayMs: cart.expires_at.getTime() - now.getTime() });
    });
  }
}
