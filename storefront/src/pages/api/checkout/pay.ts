import type { CheckoutDto, PaymentProviderId } from '@tillpoint/sdk';
import type { APIRoute } from 'astro';
import { badRequest, jsonResponse, noCart, problemResponse, readJsonBody } from '../../../lib/api-responses';
import { sendCheckout } from '../../../lib/checkout-payment';
import { loadCart, shopperContext } from '../../../lib/shopper-cart';

const PROVIDERS: readonly string[] = ['sandbox', 'stripe', 'paypal', 'cash_on_delivery'] satisfies PaymentProviderId[];
const KEY = /^[A-Za-z0-9-]{8,255}$/;

/**
 * Pay for the cart: `{ idempotencyKey, provider, methodToken?, savedMethodId?, saveMethod? }`. The island
 * makes the key once per attempt and sends it again on a retry and after an in-page approval (Stripe).
 * Answers `{ status: 'placed', confirmationPath }` or `{ status: 'requires_action', action }`, else the problem.
 */
export const POST: APIRoute = async (context) => {
  const input = await readJsonBody(context.request);
  if (!input || typeof input.idempotencyKey !== 'string' || !KEY.test(input.idempotencyKey)) return badRequest('Send an idempotency key.');
  if (typeof input.provider !== 'string' || !PROVIDERS.includes(input.provider)) return badRequest('Choose a way to pay.');
  const body: CheckoutDto = {
    provider: input.provider as PaymentProviderId,
    methodToken: typeof input.methodToken === 'string' ? input.methodToken : undefined,
    savedMethodId: typeof input.savedMethodId === 'string' ? input.savedMethodId : undefined,
    saveMethod: input.saveMethod === true ? true : undefined,
    returnUrl: new URL('/checkout/return', context.url).href,
  };
  const shopper = shopperContext(context);
  try {
    const loaded = await loadCart(shopper);
    if (!loaded) return noCart();
    const step = await sendCheckout(shopper, loaded.ref, { cartId: loaded.ref.id, idempotencyKey: input.idempotencyKey, body });
    return jsonResponse(step, step.status === 'placed' ? 201 : 202);
  } catch (error) {
    return problemResponse(error, 'Could not take the payment');
  }
};
