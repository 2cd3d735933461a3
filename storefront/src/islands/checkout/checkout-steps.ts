import type { CartView, UpdateCartDto } from '@tillpoint/sdk';
import type { CartRequestError } from '../cart/cart-client';

export type StepId = 'contact' | 'shipping' | 'delivery';

/** Saves checkout details on the cart; resolves to the API's refusal, or null once saved. */
export type SaveDetails = (changes: UpdateCartDto) => Promise<CartRequestError | null>;

const ORDER: readonly StepId[] = ['contact', 'shipping', 'delivery'];

/** The first step the cart still needs (or the one the shopper chose to change); null when all are done. */
export function activeStep(cart: CartView, editing: StepId | null): StepId | null {
  if (editing) return editing;
  if (!cart.email) return 'contact';
  if (!cart.shippingAddress) return 'shipping';
  if (!cart.shippingMethodId) return 'delivery';
  return null;
}

/** Where a step stands beside the active one: done before it, upcoming after it. */
export function stepState(step: StepId, active: StepId | null): 'done' | 'active' | 'upcoming' {
  if (active === null) return 'done';
  if (step === active) return 'active';
  return ORDER.indexOf(step) < ORDER.indexOf(active) ? 'done' : 'upcoming';
}
