import type { UpdateCartDto } from '@tillpoint/sdk';
import type { APIRoute } from 'astro';
import { badRequest, jsonResponse, noCart, problemResponse, readJsonBody } from '../../../lib/api-responses';
import { cartHeaders, loadCart, shopperContext } from '../../../lib/shopper-cart';

const DETAILS: readonly (keyof UpdateCartDto)[] = ['email', 'shippingAddress', 'billingAddress', 'shippingMethodId', 'discountCode'];

/** The shopper's cart for the islands: `{ cart }`, null when they have none yet. */
export const GET: APIRoute = async (context) => {
  try {
    const loaded = await loadCart(shopperContext(context));
    return jsonResponse({ cart: loaded?.cart ?? null });
  } catch (error) {
    return problemResponse(error, 'Could not load the cart');
  }
};

/** Checkout details (email, addresses, delivery method, discount code); the API checks them. */
export const PATCH: APIRoute = async (context) => {
  const body = await readJsonBody(context.request);
  if (!body) return badRequest('Send the changes as a JSON object.');
  const changes = Object.fromEntries(Object.entries(body).filter(([key]) => DETAILS.includes(key as keyof UpdateCartDto)));
  try {
    const loaded = await loadCart(shopperContext(context));
    if (!loaded) return noCart();
    const cart = await context.locals.api.storeUpdateCart({
      path: { id: loaded.ref.id },
      headers: cartHeaders(loaded.ref),
      body: changes as UpdateCartDto,
    });
    return jsonResponse({ cart });
  } catch (error) {
    return problemResponse(error, 'Could not update the cart');
  }
};
