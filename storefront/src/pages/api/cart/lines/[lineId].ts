import type { APIRoute } from 'astro';
import { badRequest, jsonResponse, noCart, problemResponse, readJsonBody } from '../../../../lib/api-responses';
import { cartHeaders, loadCart, shopperContext } from '../../../../lib/shopper-cart';

/** A new quantity for one line: `{ quantity }`. */
export const PATCH: APIRoute = async (context) => {
  const quantity = (await readJsonBody(context.request))?.quantity;
  if (typeof quantity !== 'number') return badRequest('Send the new quantity.');
  try {
    const loaded = await loadCart(shopperContext(context));
    if (!loaded) return noCart();
    const cart = await context.locals.api.storeChangeCartLine({
      path: { id: loaded.ref.id, lineId: context.params.lineId ?? '' },
      headers: cartHeaders(loaded.ref),
      body: { quantity },
    });
    return jsonResponse({ cart });
  } catch (error) {
    return problemResponse(error, 'Could not change the cart line');
  }
};

export const DELETE: APIRoute = async (context) => {
  try {
    const loaded = await loadCart(shopperContext(context));
    if (!loaded) return noCart();
    const cart = await context.locals.api.storeRemoveCartLine({
      path: { id: loaded.ref.id, lineId: context.params.lineId ?? '' },
      headers: cartHeaders(loaded.ref),
    });
    return jsonResponse({ cart });
  } catch (error) {
    return problemResponse(error, 'Could not remove the cart line');
  }
};
