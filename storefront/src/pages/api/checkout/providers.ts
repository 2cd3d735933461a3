import type { SavedPaymentMethodView } from '@tillpoint/sdk';
import type { APIRoute } from 'astro';
import { jsonResponse, noCart, problemResponse } from '../../../lib/api-responses';
import { loadCart, shopperContext } from '../../../lib/shopper-cart';

/**
 * The ways to pay for the shopper's cart as it stands (its destination and total), and a signed-in
 * customer's saved cards.
 */
export const GET: APIRoute = async (context) => {
  const { api, customer, store } = context.locals;
  try {
    const loaded = await loadCart(shopperContext(context));
    if (!loaded) return noCart();
    const { cart } = loaded;
    const country = cart.billingAddress?.country ?? cart.shippingAddress?.country ?? store.country;
    const total = cart.totals.total;
    const [offered, saved] = await Promise.all([
      api.storeListPaymentProviders({ query: { country, amount: total.amount, currency: total.currency } }),
      customer ? api.storeListPaymentMethods() : Promise.resolve({ items: [] as SavedPaymentMethodView[] }),
    ]);
    return jsonResponse({ providers: offered.providers, savedCards: saved.items });
  } catch (error) {
    return problemResponse(error, 'Could not load the ways to pay');
  }
};
