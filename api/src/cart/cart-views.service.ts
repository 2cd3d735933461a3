import { Injectable } from '@nestjs/common';
import { VariantSnapshot, VariantSnapshots } from '../catalog/store/variant-snapshots.service';
import { Db } from '../platform/database/db.service';
import { CartLineRow, CartRepository, CartRow } from './cart.repository';
import { lineProblem } from './cart-rules';
import { CartLineView, CartView } from './dto/cart.view';

const GONE = { status: 'out_of_stock' as const, available: null, expectedAt: null };

/** A cart as the shopper sees it: its lines with today's prices and stock, in two queries whatever its size. */
@Injectable()
export class CartViews {
  constructor(
    private readonly db: Db,
    private readonly carts: CartRepository,
    private readonly variants: VariantSnapshots,
  ) {}

  async build(cart: CartRow): Promise<CartView> {
    const lines = await this.carts.lines(this.db, cart.id);
    const snapshots = await this.variants.forVariants(
      lines.map((line) => line.variant_id),
      cart.currency,
    );
    const views = lines.map((line) => lineView(line, snapshots.get(line.variant_id), cart.currency));
    return {
      id: cart.id,
      status: cart.status,
      currency: cart.currency,
      lines: views,
      itemCount: views.reduce((total, line) => total + line.quantity, 0),
      subtotal: { amount: views.reduce((total, line) => total + line.subtotal.amount, 0), currency: cart.currency },
      email: cart.email,
      hasCustomer: cart.customer_id !== null,
      expiresAt: cart.expires_at.toISOString(),
    };
  }
}

function lineView(line: CartLineRow, variant: VariantSnapshot | undefined, currency: string): CartLineView {
  const added = Number(line.unit_price_added);
  // A variant deleted since keeps its line (with the price it had) until the shopper removes it.
  const unit = variant?.unitPrice ?? added;
  return {
    id: line.id,
    variantId: line.variant_id,
    productId: variant?.productId ?? '',
    productHandle: variant?.productHandle ?? '',
    title: variant?.productTitle ?? 'No longer available',
    variantTitle: variant?.variantTitle ?? '',
    sku: variant?.sku ?? '',
    options: variant?.options ?? {},
    thumbnailUrl: variant?.thumbnailUrl ?? null,
    quantity: line.quantity,
    unitPrice: { amount: unit, currency },
    wasUnitPrice: variant?.wasUnitPrice ? { amount: variant.wasUnitPrice, currency } : null,
    unitPriceWhenAdded: { amount: added, currency },
    priceChanged: unit !== added,
    subtotal: { amount: unit * line.quantity, currency },
    availability: variant?.stock.availability ?? GONE,
    problem: lineProblem(variant, line.quantity)?.detail ?? null,
  };
}
