import type { CartView, FieldErrorView, UpdateCartDto } from '@tillpoint/sdk';

/** A failed cart request as the islands show it: the API's problem, passed on by the storefront's routes. */
export class CartRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldErrorView[],
  ) {
    super(message);
  }
}

const UNREACHABLE = "We can't reach the store right now. Please try again in a moment.";

/** Calls one of the storefront's own JSON routes (pages/api), which call the API with the shopper's cookies. */
export async function callStore<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new CartRequestError(0, 'network', UNREACHABLE, []);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  const problem = (payload ?? {}) as { code?: string; detail?: string; title?: string; errors?: FieldErrorView[] };
  throw new CartRequestError(
    response.status,
    problem.code ?? `http_${response.status}`,
    problem.detail ?? problem.title ?? UNREACHABLE,
    problem.errors ?? [],
  );
}

const withCart = (promise: Promise<{ cart: CartView }>) => promise.then(({ cart }) => announceCart(cart));

export const cartRequests = {
  load: () => callStore<{ cart: CartView | null }>('/api/cart').then(({ cart }) => cart),
  add: (variantId: string, quantity: number) => withCart(callStore('/api/cart/lines', 'POST', { variantId, quantity })),
  changeQuantity: (lineId: string, quantity: number) => withCart(callStore(`/api/cart/lines/${lineId}`, 'PATCH', { quantity })),
  remove: (lineId: string) => withCart(callStore(`/api/cart/lines/${lineId}`, 'DELETE')),
  update: (changes: UpdateCartDto) => withCart(callStore('/api/cart', 'PATCH', changes)),
};

const CART_EVENT = 'tillpoint:cart';

interface CartEventDetail {
  cart: CartView;
  /** Show the mini-cart: after "Add to cart". */
  open: boolean;
}

/**
 * Islands are separate roots, so a change made in one (the product page's Add to cart) reaches the others
 * (the header's mini-cart) as a window event.
 */
export function announceCart(cart: CartView, open = false): CartView {
  window.dispatchEvent(new CustomEvent<CartEventDetail>(CART_EVENT, { detail: { cart, open } }));
  return cart;
}

export function onCartChange(listener: (detail: CartEventDetail) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<CartEventDetail>).detail);
  window.addEventListener(CART_EVENT, handle);
  return () => window.removeEventListener(CART_EVENT, handle);
}
