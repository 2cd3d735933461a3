import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VariantSnapshots } from '../catalog/store/variant-snapshots.service';
import { Db } from '../platform/database/db.service';
import { Conflict, NotFound, ValidationFailed } from '../platform/errors/domain-error';
import { CartAccess, CartRequester } from './cart-access.service';
import { CartLineRow, CartRepository, CartRow } from './cart.repository';
import { assertWithinLimits, lineProblem } from './cart-rules';
import { CartSettingsService } from './cart-settings.service';
import { CartViews } from './cart-views.service';
import { AddCartLineDto, ChangeCartLineDto } from './dto/cart-line.dto';
import { CartView } from './dto/cart.view';

const DAY_MS = 86_400_000;

/** Adding, changing and removing lines: each change locks the cart, checks the limits and the stock, then answers the cart. */
@Injectable()
export class CartLines {
  constructor(
    private readonly db: Db,
    private readonly access: CartAccess,
    private readonly carts: CartRepository,
    private readonly variants: VariantSnapshots,
    private readonly settings: CartSettingsService,
    private readonly views: CartViews,
  ) {}

  add(who: CartRequester, cartId: string, input: AddCartLineDto): Promise<CartView> {
    return this.change(who, cartId, async (tx, cart, lines) => {
      const existing = lines.find((line) => line.variant_id === input.variantId.toLowerCase());
      await this.setQuantity(tx, cart, lines, input.variantId, (existing?.quantity ?? 0) + input.quantity, '/quantity');
    });
  }

  update(who: CartRequester, cartId: string, lineId: string, input: ChangeCartLineDto): Promise<CartView> {
    return this.change(who, cartId, async (tx, cart, lines) => {
      const line = lines.find((l) => l.id === lineId.toLowerCase());
      if (!line) throw new NotFound('cart line');
      await this.setQuantity(tx, cart, lines, line.variant_id, input.quantity, '/quantity');
    });
  }

  remove(who: CartRequester, cartId: string, lineId: string): Promise<CartView> {
    return this.change(who, cartId, async (tx, cart, lines) => {
      if (!lines.some((l) => l.id === lineId.toLowerCase())) throw new NotFound('cart line');
      await this.carts.removeLines(tx, cart.id, [lineId]);
    });
  }

  clear(who: CartRequester, cartId: string): Promise<CartView> {
    return this.change(who, cartId, (tx, cart) => this.carts.removeLines(tx, cart.id));
  }

  private async change(
    who: CartRequester,
    cartId: string,
    work: (tx: EntityManager, cart: CartRow, lines: CartLineRow[]) => Promise<void>,
  ): Promise<CartView> {
    const settings = await this.settings.current();
    const cart = await this.db.transaction(async (tx) => {
      const locked = await this.access.lockOpen(tx, cartId, who);
      await work(tx, locked, await this.carts.lines(tx, locked.id));
      await this.carts.touch(tx, locked.id, new Date(Date.now() + settings.idleDays * DAY_MS));
      return locked;
    });
    return this.views.build({ ...cart, expires_at: new Date(Date.now() + settings.idleDays * DAY_MS) });
  }

  private async setQuantity(
    tx: EntityManager,
    cart: CartRow,
    lines: CartLineRow[],
    variantId: string,
    quantity: number,
    pointer: string,
  ): Promise<void> {
    const id = variantId.toLowerCase();
    const after = [
      ...lines.filter((l) => l.variant_id !== id).map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
      { variantId: id, quantity },
    ];
    assertWithinLimits(after, await this.settings.current(), pointer);
    const variant = (await this.variants.forVariants([id], cart.currency)).get(id);
    const problem = lineProblem(variant, quantity);
    if (problem?.code === 'insufficient_stock')
      throw new Conflict('insufficient_stock', problem.detail, [{ pointer, detail: problem.detail }]);
    if (problem || !variant || variant.unitPrice === null)
      throw new ValidationFailed([{ pointer: '/variantId', detail: problem?.detail ?? 'cannot be bought' }]);
    await this.carts.putLine(tx, cart.id, id, quantity, variant.unitPrice);
  }
}
