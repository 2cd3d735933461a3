import type { PlacedLine } from '../orders/order-placement.service';
import type { ProviderId } from '../payments/payment-provider';
import type { PostalAddress } from '../shipping/postal-address';
import type { CartTotals } from './totals/cart-totals';

/**
 * What a checkout froze when payment started, kept on the cart: the order is placed from it, at exactly
 * the amount that was paid, whatever prices, codes or delivery options do meanwhile.
 */
export interface CheckoutSnapshot {
  paymentId: string;
  provider: ProviderId;
  email: string;
  customerId: string | null;
  currency: string;
  totals: CartTotals;
  lines: PlacedLine[];
  shippingAddress: PostalAddress;
  billingAddress: PostalAddress;
  shippingMethod: { methodId: string; name: string; kind: string; price: number; estimate: { earliest: string; latest: string } | null };
  discountCode: string | null;
}

export const RESERVATION_EXPIRED = 'cart.reservation-expired';
