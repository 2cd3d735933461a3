import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VariantSnapshot, VariantSnapshots } from '../catalog/store/variant-snapshots.service';
import { Db } from '../platform/database/db.service';
import { Conflict, NotFound, ValidationFailed } from '../platform/errors/domain-error';
import { CartAccess, CartRequester } from './cart-access.service';
import { CartLineRow, CartRepository, CartRow } from './cart.repository';
import { assertWithinLimits, lineProblem } from './cart-rules';
import { CartSettings, idleExpiry } from './cart-settings';
import { CartSettingsService } from './cart-settings.service';
import { CartViews } from './cart-views.service';
import { AddCartLineDto, ChangeCartLineDto } from './dto/cart-line.dto';
import { CartView } from './dto/cart.view';

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
    const variantId = input.variantId.toLowerCase();
    return this.change(who, cartId, { variantId }, async (tx, cart, lines, variant, settings) => {
      const existing = lines.find((line) => line.variant_id === variantId);
      return this.setQuantity(tx, { cart, lines, variant, settings }, (existing?.quantity ?? 0) + input.quantity);
    });
  }

  update(who: CartRequester, cartId: string, lineId: string, input: ChangeCartLineDto): Promise<CartView> {
    const id = lineId.toLowerCase();
    return this.change(who, cartId, { lineId: id }, async (tx, cart, lines, variant, settings) => {
      if (!lines.some((l) => l.id === id)) throw new NotFound('cart line');
      return this.setQuantity(tx, { cart, lines, variant, settings }, input.quantity);
    });
  }

  remove(who: CartRequester, cartId: string, lineId: string): Promise<CartView> {
    return this.change(who, cartId, null, async (tx, cart, lines) => {
      const id = lineId.toLowerCase();
      if (!lines.some((l) => l.id === id)) throw new NotFound('cart line');
      await this.carts.removeLines(tx, cart.id, [id]);
      return lines.filter((l) => l.id !== id);
    });
  }

  clear(who: CartRequester, cartId: string): Promise<CartView> {
    return this.change(who, cartId, null, async (tx, cart) => {
      await this.carts.removeLines(tx, cart.id);
      return [];
    });
  }

  /** The variants a request names, with prices in `currency` and stock, read before its transaction (see `peek`). */
  snapshotsFor(variantIds: readonly string[], currency: string): Promise<Map<string, VariantSnapshot>> {
    return this.variants.forVariants(variantIds, currency);
  }

  /** Adds many lines to a cart locked in `tx`, all or none, under the same rules as one line. */
  async addMany(
    tx: EntityManager,
    cartId: string,
    requested: readonly AddCartLineDto[],
    snapshots: ReadonlyMap<string, VariantSnapshot>,
    settings: CartSettings,
  ): Promise<void> {
    const wanted = new Map((await this.carts.lines(tx, cartId)).map((line) => [line.variant_id, line.quantity]));
    const ids = requested.map((line) => line.variantId.toLowerCase());
    requested.forEach((line, i) => wanted.set(ids[i], (wanted.get(ids[i]) ?? 0) + line.quantity));
    assertWithinLimits(
      [...wanted].map(([variantId, quantity]) => ({ variantId, quantity })),
      settings,
      '/lines',
    );
    const problems = ids.flatMap((id, i) => {
      const problem = lineProblem(snapshots.get(id), wanted.get(id)!);
      return problem ? [{ ...problem, pointer: `/lines/${i}/${problem.code === 'insufficient_stock' ? 'quantity' : 'variantId'}` }] : [];
    });
    const short = problems.filter((p) => p.code === 'insufficient_stock');
    if (short.length)
      throw new Conflict(
        'insufficient_stock',
        short[0].detail,
        short.map(({ pointer, detail }) => ({ pointer, detail })),
      );
    if (problems.length) throw new ValidationFailed(problems.map(({ pointer, detail }) => ({ pointer, detail })));
    const changed = [...new Set(ids)];
    await this.carts.putLines(
      tx,
      cartId,
      changed.map((id) => ({ variantId: id, quantity: wanted.get(id)!, unitPrice: snapshots.get(id)!.unitPrice! })),
    );
  }

  private async change(
    who: CartRequester,
    cartId: string,
    of: VariantWanted | null,
    work: (
      tx: EntityManager,
      cart: CartRow,
      lines: CartLineRow[],
      variant: PeekedVariant,
      settings: CartSettings,
    ) => Promise<CartLineRow[]>,
  ): Promise<CartView> {
    const settings = await this.settings.current();
    const variant = of ? await this.peek(cartId, of) : EMPTY_PEEK;
    const expiresAt = idleExpiry(settings);
    // The lock also keeps the cart alive; the lines after the change come from the change itself, not a re-read.
    const { cart, lines } = await this.db.transaction(async (tx) => {
      const locked = await this.access.lockOpenTouching(tx, cartId, who, expiresAt);
      return { cart: locked, lines: await work(tx, locked, await this.carts.lines(tx, locked.id), variant, settings) };
    });
    return this.views.build({ ...cart, expires_at: expiresAt }, lines);
  }

  /**
   * The variant a change is about, with its price and stock, read on the pool before the cart is locked:
   * a transaction must never wait for a second connection (with every connection in one, it would wait forever).
   */
  private async peek(cartId: string, of: VariantWanted): Promise<PeekedVariant> {
    const cart = await this.carts.find(cartId);
    if (!cart) return EMPTY_PEEK;
    const variantId = of.variantId ?? (await this.carts.lines(this.db, cart.id)).find((line) => line.id === of.lineId)?.variant_id;
    if (!variantId) return EMPTY_PEEK;
    return { variantId, currency: cart.currency, snapshot: (await this.variants.forVariants([variantId], cart.currency)).get(variantId) };
  }

  private async setQuantity(tx: EntityManager, state: LineChange, quantity: number): Promise<CartLineRow[]> {
    const { cart, lines, variant, settings } = state;
    const { variantId, snapshot } = variant;
    // The line or the cart changed between the read and the lock (a double click): the shopper tries again.
    if (!variantId || variant.currency !== cart.currency) throw new Conflict('cart_changed', 'The cart was changing; try again.');
    const after = [
      ...lines.filter((l) => l.variant_id !== variantId).map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
      { variantId, quantity },
    ];
    assertWithinLimits(after, settings, '/quantity');
    const problem = lineProblem(snapshot, quantity);
    if (problem?.code === 'insufficient_stock')
      throw new Conflict('insufficient_stock', problem.detail, [{ pointer: '/quantity', detail: problem.detail }]);
    if (problem || !snapshot || snapshot.unitPrice === null)
      throw new ValidationFailed([{ pointer: '/variantId', detail: problem?.detail ?? 'cannot be bought' }]);
    const id = await this.carts.putLine(tx, cart.id, variantId, quantity, snapshot.unitPrice);
    const existing = lines.find((l) => l.id === id);
    if (existing) return lines.map((l) => (l.id === id ? { ...l, quantity } : l));
    return [...lines, { id, variant_id: variantId, quantity, unit_price_added: String(snapshot.unitPrice), added_at: new Date() }];
  }
}

/** Which variant a change is about: named in the request, or the one on a line. */
type VariantWanted = { variantId: string; lineId?: never } | { lineId: string; variantId?: never };

interface PeekedVariant {
  variantId: string | undefined;
  currency: string | undefined;
  snapshot: VariantSnapshot | undefined;
}

interface LineChange {
  cart: CartRow;
  lines: CartLineRow[];
  variant: PeekedVariant;
  settings: CartSettings;
}

const EMPTY_PEEK: PeekedVariant = { variantId: undefined, currency: undefined, snapshot: undefined };
