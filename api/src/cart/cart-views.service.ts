import { Injectable } from '@nestjs/common';
import { VariantSnapshot, VariantSnapshots } from '../catalog/store/variant-snapshots.service';
import type { LineTotals } from '../checkout/totals/cart-totals';
import { Db } from '../platform/database/db.service';
import type { PostalAddressDto } from '../shipping/dto/postal-address.dto';
import { CartLineRow, CartRepository, CartRow } from './cart.repository';
import { CartQuote, CartQuotes, QuotedLine } from './cart-quote.service';
import { lineProblem } from './cart-rules';
import { CartTotalsView } from './dto/cart-totals.view';
import { CartLineView, CartView } from './dto/cart.view';

const GONE = { status: 'out_of_stock' as const, available: null, expectedAt: null };

/** A priced cart: its rows, today's variants, and the quote the view and the checkout both use. */
export interface PricedCart {
  cart: CartRow;
  lines: (QuotedLine & { row: CartLineRow })[];
  quote: CartQuote;
}

/** A cart as the shopper sees it: lines at today's prices and stock, totals, delivery options, in a few queries whatever its size. */
@Injectable()
export class CartViews {
  constructor(
    private readonly db: Db,
    private readonly carts: CartRepository,
    private readonly variants: VariantSnapshots,
    private readonly quotes: CartQuotes,
  ) {}

  /** `rows`: the cart's lines when the caller has them already (it just changed them). */
  async price(cart: CartRow, rows?: CartLineRow[]): Promise<PricedCart> {
    rows ??= await this.carts.lines(this.db, cart.id);
    const snapshots = await this.variants.forVariants(
      rows.map((row) => row.variant_id),
      cart.currency,
    );
    const lines = rows.map((row) => {
      const variant = snapshots.get(row.variant_id);
      // A variant without a price in the currency any more keeps the price it was added at, and a problem.
      return { row, variant, lineId: row.id, quantity: row.quantity, unitPrice: variant?.unitPrice ?? Number(row.unit_price_added) };
    });
    return { cart, lines, quote: await this.quotes.quote(cart, lines) };
  }

  async build(cart: CartRow, rows?: CartLineRow[]): Promise<CartView> {
    return toView(await this.price(cart, rows));
  }
}

export function toView({ cart, lines, quote }: PricedCart): CartView {
  const money = (amount: number) => ({ amount, currency: cart.currency });
  const totalsByLine = new Map(quote.totals.lines.map((line) => [line.lineId, line]));
  const views = lines.map((line) => lineView(line, totalsByLine.get(line.lineId), cart.currency));
  const { totals } = quote;
  const totalsView: CartTotalsView = {
    subtotal: money(totals.subtotal),
    discountTotal: money(totals.discountTotal),
    shipping: money(totals.shipping),
    shippingDiscount: money(totals.shippingDiscount),
    taxTotal: money(totals.taxTotal),
    total: money(totals.total),
    taxIncludedInPrices: totals.taxIncludedInPrices,
    display: totals.display,
    taxName: quote.taxName,
    shown: {
      subtotal: money(totals.shown.subtotal),
      discount: money(totals.shown.discount),
      shipping: money(totals.shown.shipping),
      shippingDiscount: money(totals.shown.shippingDiscount),
      tax: money(totals.shown.tax),
      total: money(totals.shown.total),
    },
  };
  const applied = totals.discounts.find((d) => d.code === quote.discount?.code);
  return {
    id: cart.id,
    status: cart.status,
    currency: cart.currency,
    lines: views,
    itemCount: views.reduce((total, line) => total + line.quantity, 0),
    subtotal: money(totals.subtotal),
    totals: totalsView,
    email: cart.email,
    shippingAddress: cart.shipping_address as PostalAddressDto | null,
    billingAddress: cart.billing_address as PostalAddressDto | null,
    deliveryOptions: quote.deliveryOptions,
    shippingMethodId: quote.shippingMethod?.methodId ?? null,
    discount: quote.discount && {
      code: quote.discount.code,
      applies: quote.discount.applies,
      detail: quote.discount.detail,
      amount: money(applied?.amount ?? 0),
    },
    hasCustomer: cart.customer_id !== null,
    expiresAt: cart.expires_at.toISOString(),
    missing: missingForPayment({ cart, lines, quote }, views),
  };
}

/** What stands between this cart and payment. */
export function missingForPayment({ cart, lines, quote }: PricedCart, views: readonly CartLineView[]): string[] {
  const missing: string[] = [];
  if (!lines.length) missing.push('lines');
  if (views.some((line) => line.problem)) missing.push('lineProblems');
  if (!cart.email) missing.push('email');
  if (!cart.shipping_address) missing.push('shippingAddress');
  if (!quote.shippingMethod) missing.push('shippingMethodId');
  return missing;
}

function lineView(line: QuotedLine & { row: CartLineRow }, totals: LineTotals | undefined, currency: string): CartLineView {
  const variant: VariantSnapshot | undefined = line.variant;
  const added = Number(line.row.unit_price_added);
  const money = (amount: number) => ({ amount, currency });
  return {
    id: line.lineId,
    variantId: line.row.variant_id,
    productId: variant?.productId ?? '',
    productHandle: variant?.productHandle ?? '',
    title: variant?.productTitle ?? 'No longer available',
    variantTitle: variant?.variantTitle ?? '',
    sku: variant?.sku ?? '',
    options: variant?.options ?? {},
    thumbnailUrl: variant?.thumbnailUrl ?? null,
    quantity: line.quantity,
    unitPrice: money(line.unitPrice),
    wasUnitPrice: variant?.wasUnitPrice ? money(variant.wasUnitPrice) : null,
    unitPriceWhenAdded: money(added),
    priceChanged: line.unitPrice !== added,
    subtotal: money(line.unitPrice * line.quantity),
    discount: money(totals?.discount ?? 0),
    tax: money(totals?.tax ?? 0),
    total: money(totals?.total ?? line.unitPrice * line.quantity),
    availability: variant?.stock.availability ?? GONE,
    problem: lineProblem(variant, line.quantity)?.detail ?? null,
  };
}
