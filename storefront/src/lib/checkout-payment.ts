import { isProblemError, type PaymentActionView } from '@tillpoint/sdk';
import {
  readCartRef,
  readPendingPayment,
  writeCartRef,
  writePendingPayment,
  writePlacedRef,
  type CartRef,
  type PendingPayment,
} from './cart-cookies';
import { cartHeaders, loadCart, type ShopperContext } from './shopper-cart';

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
  return { status: 'placed', confirmationPath: forgetPlacedCart(shopper, ref) };
}

/**
 * Sends again the payment under way on the shopper's cart: the attempt this browser remembers, else (another
 * tab, an old link) a new key, which the API carries on whatever key it comes with. Null: nothing under way.
 */
export async function resumeCheckout(shopper: ShopperContext): Promise<PaymentStep | null> {
  const ref = readCartRef(shopper.cookies);
  const remembered = readPendingPayment(shopper.cookies);
  if (ref && remembered?.cartId === ref.id) return sendCheckout(shopper, ref, remembered);
  const loaded = await loadCart(shopper);
  if (loaded?.cart.status !== 'checking_out') return null;
  const pending = { cartId: loaded.ref.id, idempotencyKey: crypto.randomUUID(), body: { provider: 'sandbox' as const } };
  return sendCheckout(shopper, loaded.ref, pending);
}

/** What became of a payment under way when sent again; a refusal (declined) has given the cart back. */
export type UnderWayOutcome = PaymentStep | { status: 'refused'; declined: boolean; message: string };

/** resumeCheckout for a page: the API's refusal becomes an outcome to show, and the attempt is forgotten. */
export async function settleUnderWay(shopper: ShopperContext): Promise<UnderWayOutcome | null> {
  try {
    return await resumeCheckout(shopper);
  } catch (error) {
    writePendingPayment(shopper.cookies, null, shopper.secure);
    if (!isProblemError(error) || error.status >= 500) throw error;
    return { status: 'refused', declined: error.status === 402, message: error.detail ?? error.title };
  }
}

/**
 * Stops the payment under way, so the shopper need not wait for the stock's hold to run out: the cart is
 * open again (on to the checkout), or the money had been taken after all (on to the confirmation). Safe to
 * send twice. Answers the path to go to next.
 */
export async function cancelCheckout(shopper: ShopperContext): Promise<string> {
  const ref = readCartRef(shopper.cookies);
  writePendingPayment(shopper.cookies, null, shopper.secure);
  if (!ref) return '/cart';
  try {
    const result = await shopper.api.storeCancelCheckout({ path: { id: ref.id }, headers: cartHeaders(ref) });
    return result.status === 'placed' ? forgetPlacedCart(shopper, ref) : '/checkout';
  } catch (error) {
    if (isProblemError(error) && error.status === 404) return '/cart';
    throw error;
  }
}

/** The cart became an order: only its confirmation page may still read it. Answers that page's path. */
function forgetPlacedCart(shopper: ShopperContext, ref: CartRef): string {
  writePlacedRef(shopper.cookies, ref, shopper.secure);
  writeCartRef(shopper.cookies, null, shopper.secure);
  writePendingPayment(shopper.cookies, null, shopper.secure);
  return confirmationPath(ref.id);
}
