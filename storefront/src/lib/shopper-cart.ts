import { isProblemError, type AddCartLineDto, type CartView, type TillpointClient } from '@tillpoint/sdk';
import type { AstroCookies } from 'astro';
import { readCartRef, writeCartRef, type CartRef } from './cart-cookies';

/** What the cart helpers need from an Astro request. */
export interface ShopperContext {
  api: TillpointClient;
  cookies: AstroCookies;
  secure: boolean;
  signedIn: boolean;
}

export function shopperContext(context: { locals: App.Locals; cookies: AstroCookies; url: URL }): ShopperContext {
  return {
    api: context.locals.api,
    cookies: context.cookies,
    secure: context.url.protocol === 'https:',
    signedIn: context.locals.customer !== null,
  };
}

/** The X-Cart-Token header a guest cart needs; a customer's cart goes by the access token alone. */
export function cartHeaders(ref: CartRef): { 'X-Cart-Token': string } | undefined {
  return ref.token ? { 'X-Cart-Token': ref.token } : undefined;
}

/** Carts that can no longer be filled: the shopper gets a new one on the next add. */
const CLOSED = new Set<CartView['status']>(['completed', 'merged', 'expired']);

/**
 * The shopper's cart, or null when they have none. A cart that is gone, closed or no longer theirs (a
 * customer's cart after signing out) is forgotten, so the shopper starts afresh instead of seeing an error.
 */
export async function loadCart(shopper: ShopperContext): Promise<{ ref: CartRef; cart: CartView } | null> {
  let ref = readCartRef(shopper.cookies);
  if (!ref) return null;
  if (ref.token && shopper.signedIn) ref = await claimGuestCart(shopper, ref);
  try {
    const cart = await shopper.api.storeGetCart({ path: { id: ref.id }, headers: cartHeaders(ref) });
    if (!CLOSED.has(cart.status)) return { ref, cart };
  } catch (error) {
    if (!isProblemError(error) || error.status !== 404) throw error;
  }
  writeCartRef(shopper.cookies, null, shopper.secure);
  return null;
}

/** The shopper's open cart, made when they have none (a customer gets back the one they left on another device). */
export async function openCart(shopper: ShopperContext): Promise<{ ref: CartRef; cart: CartView }> {
  const existing = await loadCart(shopper);
  if (existing && existing.cart.status === 'open') return existing;
  const created = await shopper.api.storeCreateCart({ body: {} });
  const ref = created.token ? { id: created.id, token: created.token } : { id: created.id };
  writeCartRef(shopper.cookies, ref, shopper.secure);
  return { ref, cart: created };
}

/** Cart conflicts a new cart solves: the old one became an order, was merged or expired meanwhile. */
const STALE_CART = new Set(['cart_completed', 'cart_merged', 'cart_expired', 'cart_checking_out']);

/**
 * Adds units of a variant to the shopper's open cart (made on their first add). A cart that went stale
 * since it was read is forgotten and the add made once more on a new cart; any other refusal is thrown.
 */
export async function addCartLine(shopper: ShopperContext, line: AddCartLineDto): Promise<CartView> {
  for (let attempt = 1; ; attempt++) {
    const { ref } = await openCart(shopper);
    try {
      return await shopper.api.storeAddCartLine({ path: { id: ref.id }, headers: cartHeaders(ref), body: line });
    } catch (error) {
      const stale = isProblemError(error) && (error.status === 404 || STALE_CART.has(error.code));
      if (!stale || attempt === 2) throw error;
      writeCartRef(shopper.cookies, null, shopper.secure);
    }
  }
}

/**
 * After signing in, the guest cart becomes the customer's (merged into theirs when they have one). When the
 * API refuses (their own cart is in the middle of a payment), the guest cart stays as it was, token and all.
 */
export async function claimGuestCart(shopper: ShopperContext, ref: CartRef): Promise<CartRef> {
  if (!ref.token) return ref;
  try {
    const cart = await shopper.api.storeClaimCart({ path: { id: ref.id }, headers: cartHeaders(ref) });
    const claimed = { id: cart.id };
    writeCartRef(shopper.cookies, claimed, shopper.secure);
    return claimed;
  } catch (error) {
    if (isProblemError(error) && (error.status === 404 || error.status === 409)) return ref;
    throw error;
  }
}

/** On sign-in: the guest cart is claimed, or else the customer's own cart (kept from another visit) is found. */
export async function adoptCartOnSignIn(shopper: ShopperContext): Promise<void> {
  try {
    const ref = readCartRef(shopper.cookies);
    if (ref?.token) {
      await claimGuestCart(shopper, ref);
      return;
    }
    const cart = await shopper.api.storeCreateCart({ body: {} });
    writeCartRef(shopper.cookies, { id: cart.id }, shopper.secure);
  } catch (error) {
    // Signing in must not fail over the cart: the next cart request tries again.
    console.error('Could not take over the cart on sign-in:', error instanceof Error ? error.message : error);
  }
}
