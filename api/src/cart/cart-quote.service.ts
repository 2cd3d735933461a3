import { Injectable } from '@nestjs/common';
import type { VariantSnapshot } from '../catalog/store/variant-snapshots.service';
import { calculateCartTotals, CartTotals, Discount } from '../checkout/totals/cart-totals';
import { AppConfig } from '../platform/config/app-config';
import { DiscountCodes } from '../promotions/discount-codes.service';
import { DeliveryOptions, DeliveryOptionView } from '../shipping/delivery-options.service';
import { TaxRates } from '../tax/tax-rates.service';
import { cartDeliveryStock } from './cart-delivery-stock';
import type { CartRow } from './cart.repository';

export interface QuotedLine {
  lineId: string;
  quantity: number;
  /** Today's price of one unit (the price it was added at when the variant is gone). */
  unitPrice: number;
  variant: VariantSnapshot | undefined;
}

export interface CartQuote {
  totals: CartTotals;
  /** What the cart's destination (the shipping address, else the store's country) can choose, priced for this cart. */
  deliveryOptions: DeliveryOptionView[];
  /** The chosen method, when it is still on offer. */
  shippingMethod: DeliveryOptionView | null;
  discount: { code: string; applies: boolean; detail: string | null; discount: Discount | null; discountCodeId: string | null } | null;
  taxName: string | null;
}

/** Prices a cart the one way the storefront shows it and the checkout charges it: calculateCartTotals on today's data. */
@Injectable()
export class CartQuotes {
  constructor(
    private readonly taxRates: TaxRates,
    private readonly discountCodes: DiscountCodes,
    private readonly delivery: DeliveryOptions,
    private readonly config: AppConfig,
  ) {}

  async quote(cart: CartRow, lines: readonly QuotedLine[], now = new Date()): Promise<CartQuote> {
    const address = cart.shipping_address;
    const destination = address
      ? { country: address.country, region: address.region, postcode: address.postcode }
      : { country: this.config.store.country };
    const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
    const [tax, check, deliveryOptions] = await Promise.all([
      this.taxRates.forDestination(destination),
      cart.discount_code ? this.discountCodes.check(cart.discount_code, { subtotal, currency: cart.currency, now }) : null,
      lines.length
        ? this.delivery.forItem({
            destination,
            weightGrams: lines.reduce((sum, line) => sum + (line.variant?.weightGrams ?? 0) * line.quantity, 0),
            price: { amount: subtotal, currency: cart.currency },
            stock: cartDeliveryStock(lines),
            now,
          })
        : [],
    ]);
    const shippingMethod = deliveryOptions.find((option) => option.methodId === cart.shipping_method_id) ?? null;
    const discounts = check?.applies ? [check.discount] : [];
    const totals = calculateCartTotals({
      currency: cart.currency,
      lines: lines.map((line) => ({
        lineId: line.lineId,
        unitPrice: line.unitPrice,
        wasUnitPrice: line.variant?.wasUnitPrice ?? null,
        quantity: line.quantity,
        taxable: true,
      })),
      discounts,
      shipping: shippingMethod ? { amount: shippingMethod.price.amount } : null,
      tax,
    });
    const discount = cart.discount_code
      ? {
          code: cart.discount_code,
          applies: Boolean(check?.applies),
          detail: check && !check.applies ? check.detail : null,
          discount: check?.applies ? check.discount : null,
          discountCodeId: check?.applies ? check.discountCodeId : null,
        }
      : null;
    return { totals, deliveryOptions, shippingMethod, discount, taxName: tax.rateName };
  }
}
