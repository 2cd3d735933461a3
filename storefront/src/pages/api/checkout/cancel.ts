import type { APIRoute } from 'astro';
import { badRequest, jsonResponse, problemResponse, readJsonBody } from '../../../lib/api-responses';
import { cancelCheckout } from '../../../lib/checkout-payment';
import { shopperContext } from '../../../lib/shopper-cart';

/**
 * Stops the payment under way on the shopper's cart (the island's "Cancel this payment"). Answers `{ next }`:
 * the checkout, or the confirmation when it was paid after all.
 */
export const POST: APIRoute = async (context) => {
  // JSON only, as every island route: a cross-site form cannot send it (see readJsonBody).
  if (!(await readJsonBody(context.request))) return badRequest('Send a JSON body.');
  try {
    return jsonResponse({ next: await cancelCheckout(shopperContext(context)) });
  } catch (error) {
    return problemResponse(error, 'Could not cancel the payment');
  }
};
