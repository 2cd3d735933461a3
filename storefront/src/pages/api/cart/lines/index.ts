import type { APIRoute } from 'astro';
import { badRequest, jsonResponse, problemResponse, readJsonBody } from '../../../../lib/api-responses';
import { addCartLine, shopperContext } from '../../../../lib/shopper-cart';

/** Add to cart: `{ variantId, quantity }`; the shopper's first add starts the cart. */
export const POST: APIRoute = async (context) => {
  const body = await readJsonBody(context.request);
  const { variantId, quantity } = body ?? {};
  if (typeof variantId !== 'string' || typeof quantity !== 'number') return badRequest('Send variantId and quantity.');
  try {
    const cart = await addCartLine(shopperContext(context), { variantId, quantity });
    return jsonResponse({ cart }, 201);
  } catch (error) {
    return problemResponse(error, 'Could not add to the cart');
  }
};
