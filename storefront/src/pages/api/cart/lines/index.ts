import { isProblemError } from '@tillpoint/sdk';
import type { APIRoute } from 'astro';
import { writeCartRef } from '../../../../lib/cart-cookies';
import { badRequest, jsonResponse, problemResponse, readJsonBody } from '../../../../lib/api-responses';
import { cartHeaders, openCart, shopperContext } from '../../../../lib/shopper-cart';

/** Cart conflicts a new cart solves: the old one became an order, was merged or expired meanwhile. */
const STALE_CART = new Set(['cart_completed', 'cart_merged', 'cart_expired', 'cart_checking_out']);

/** Add to cart: `{ variantId, quantity }`; the shopper's first add starts the cart. */
export const POST: APIRoute = async (context) => {
  const body = await readJsonBody(context.request);
  const { variantId, quantity } = body ?? {};
  if (typeof variantId !== 'string' || typeof quantity !== 'number') return badRequest('Send variantId and quantity.');
  const shopper = shopperContext(context);
  try {
    for (let attempt = 1; ; attempt++) {
      const { ref } = await openCart(shopper);
      try {
        const cart = await shopper.api.storeAddCartLine({ path: { id: ref.id }, headers: cartHeaders(ref), body: { variantId, quantity } });
        return jsonResponse({ cart }, 201);
      } catch (error) {
        const stale = isProblemError(error) && (error.status === 404 || STALE_CART.has(error.code));
        if (!stale || attempt === 2) throw error;
        writeCartRef(shopper.cookies, null, shopper.secure);
      }
    }
  } catch (error) {
    return problemResponse(error, 'Could not add to the cart');
  }
};
