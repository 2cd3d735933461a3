import type { PaymentActionView } from '@tillpoint/sdk';
import { writeCartRef, writePendingPayment, writePlacedRef, type CartRef, type PendingPayment } from './cart-cookies';
import { cartHeaders, type ShopperContext } from './shopper-cart';

export type PaymentStep = { status: 'placed'; confirmationPath: string } | { status: 'requires_action'; action: PaymentActionView };

export const confirmationPath = (cartId: string) => `/checkout/confirmation/${cartId}`;

/**
 * Sends a checkout, first or again after an approval step, under its one idempotency key. Placed: the cart
 * is over, and only its confirmation page may still read it. Waiting for approval: kept to finish on return.
 * A decline or a conflict is thrown as the API's problem, and the cart stays as it was.
 */
export async function sendCheckout(shopper: ShopperContext, ref: CartRef, pending: PendingPayment): Promise<PaymentStep> {
  const result = await shopper.api.storeCheckout({
    path: { id: ref.id },
    headers: { ...cartHeaders(ref), 'Idempotency-Key': pending.idempotencyKey },
    body: pending.body,
  });
  if (result.status === 'requires_action' && result.action) {
    writePendingPayment(shopper.cookies, pending, shopper.secure);
    return { status: 'requires_action', action: result.action };
  }
  writePlacedRef(shopper.cookies, ref, shopper.secure);
  writeCartRef(shopper.cookies, null, shopper.secure);
  writePendingPayment(shopper.cookies, null, shopper.secure);
  return { status: 'placed', confirmationPath: confirmationPath(ref.id) };
}
