import { Injectable } from '@nestjs/common';
import { Db } from '../platform/database/db.service';
import { Conflict, FieldError, ValidationFailed } from '../platform/errors/domain-error';
import { normalisedAddress, postalAddressProblems } from '../shipping/postal-address';
import { assertOpen, CartAccess, CartRequester } from './cart-access.service';
import { CartDetailField, CartRepository, CartRow } from './cart.repository';
import { idleExpiry } from './cart-settings';
import { CartSettingsService } from './cart-settings.service';
import { CartViews } from './cart-views.service';
import { UpdateCartDto } from './dto/cart-details.dto';
import { CartView } from './dto/cart.view';

/** Checkout details on the cart: email, addresses, the delivery method, a discount code. Each is checked against the cart as it will be. */
@Injectable()
export class CartDetails {
  constructor(
    private readonly db: Db,
    private readonly access: CartAccess,
    private readonly carts: CartRepository,
    private readonly views: CartViews,
    private readonly settings: CartSettingsService,
  ) {}

  async update(who: CartRequester, cartId: string, input: UpdateCartDto): Promise<CartView> {
    const problems: FieldError[] = [
      ...(input.shippingAddress ? postalAddressProblems(input.shippingAddress, '/shippingAddress') : []),
      ...(input.billingAddress ? postalAddressProblems(input.billingAddress, '/billingAddress') : []),
    ];
    if (problems.length) throw new ValidationFailed(problems);
    const settings = await this.settings.current();
    const details = detailsFrom(input);
    for (let attempt = 1; ; attempt++) {
      // Priced on the pool before the lock (a transaction never waits for a second connection), then saved
      // only if nobody changed the cart in between; otherwise priced again.
      const before = await this.access.read(cartId, who);
      assertOpen(before, new Date());
      await this.check({ ...before, ...details }, input);
      const cart = await this.db.transaction(async (tx) => {
        const locked = await this.access.lockOpen(tx, cartId, who);
        if (locked.updated_at.getTime() !== before.updated_at.getTime()) return null;
        const saved = Object.keys(details).length ? await this.carts.updateDetails(tx, locked.id, details) : locked;
        await this.carts.touch(tx, locked.id, idleExpiry(settings));
        return saved;
      });
      if (cart) return this.views.build(cart);
      if (attempt === 3) throw new Conflict('cart_changed', 'The cart was changing; try again.');
    }
  }

  /** The cart as it will be: the method must be on offer there, and the code must apply to it. */
  private async check(next: CartRow, input: UpdateCartDto): Promise<void> {
    const { quote } = await this.views.price(next);
    if (input.shippingMethodId && !quote.shippingMethod) {
      throw new ValidationFailed([
        { pointer: '/shippingMethodId', detail: 'is not one of the delivery options for this cart and address' },
      ]);
    }
    if (input.discountCode && quote.discount && !quote.discount.applies) {
      throw new ValidationFailed([{ pointer: '/discountCode', detail: quote.discount.detail ?? 'does not apply to this cart' }]);
    }
  }
}

function detailsFrom(input: UpdateCartDto): Partial<Pick<CartRow, CartDetailField>> {
  const details: Partial<Pick<CartRow, CartDetailField>> = {};
  if (input.email !== undefined) details.email = input.email.trim().toLowerCase();
  if (input.shippingAddress !== undefined)
    details.shipping_address = input.shippingAddress && { ...normalisedAddress(input.shippingAddress) };
  if (input.billingAddress !== undefined) details.billing_address = input.billingAddress && { ...normalisedAddress(input.billingAddress) };
  if (input.shippingMethodId !== undefined) details.shipping_method_id = input.shippingMethodId?.toLowerCase() ?? null;
  if (input.discountCode !== undefined) details.discount_code = input.discountCode?.trim().toUpperCase() || null;
  return details;
}
