import type { CheckoutDto } from '@tillpoint/sdk';
import type { AstroCookies } from 'astro';

/** The shopper's cart: its id, and for a guest cart the secret token that proves it (`<id>:<token>`). */
const CART_COOKIE = 'tp_cart';
/** The cart that just became an order, so that its confirmation page may read the order. */
const PLACED_COOKIE = 'tp_placed';
/** A payment waiting for the shopper's approval elsewhere (PayPal, the sandbox page), to finish on return. */
const PAYMENT_COOKIE = 'tp_payment';
/** A note for the cart page about what the shopper was just sent there with (a reorder), read once. */
const NOTICE_COOKIE = 'tp_cart_notice';

const CART_MAX_AGE_SECONDS = 60 * 24 * 60 * 60;
const PLACED_MAX_AGE_SECONDS = 24 * 60 * 60;
const PAYMENT_MAX_AGE_SECONDS = 2 * 60 * 60;
const NOTICE_MAX_AGE_SECONDS = 5 * 60;

export interface CartRef {
  id: string;
  /** Absent for a signed-in customer's cart: their access token proves it. */
  token?: string;
}

/** A checkout sent once and to be sent again, unchanged and under the same key, after the approval step. */
export interface PendingPayment {
  cartId: string;
  idempotencyKey: string;
  body: CheckoutDto;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readCartRef(cookies: AstroCookies): CartRef | null {
  return parseRef(cookies.get(CART_COOKIE)?.value);
}

export function writeCartRef(cookies: AstroCookies, ref: CartRef | null, secure: boolean): void {
  writeCookie(cookies, CART_COOKIE, ref && formatRef(ref), secure, CART_MAX_AGE_SECONDS);
}

export function readPlacedRef(cookies: AstroCookies): CartRef | null {
  return parseRef(cookies.get(PLACED_COOKIE)?.value);
}

export function writePlacedRef(cookies: AstroCookies, ref: CartRef, secure: boolean): void {
  writeCookie(cookies, PLACED_COOKIE, formatRef(ref), secure, PLACED_MAX_AGE_SECONDS);
}

export function readPendingPayment(cookies: AstroCookies): PendingPayment | null {
  try {
    const value: unknown = cookies.get(PAYMENT_COOKIE)?.json();
    return isPendingPayment(value) ? value : null;
  } catch {
    return null;
  }
}

export function writePendingPayment(cookies: AstroCookies, pending: PendingPayment | null, secure: boolean): void {
  writeCookie(cookies, PAYMENT_COOKIE, pending && JSON.stringify(pending), secure, PAYMENT_MAX_AGE_SECONDS);
}

export function writeCartNotice(cookies: AstroCookies, notice: object, secure: boolean): void {
  writeCookie(cookies, NOTICE_COOKIE, JSON.stringify(notice), secure, NOTICE_MAX_AGE_SECONDS);
}

/** The note left for the cart page, forgotten as it is read; the caller checks its shape. */
export function takeCartNotice(cookies: AstroCookies, secure: boolean): unknown {
  const cookie = cookies.get(NOTICE_COOKIE);
  if (!cookie) return null;
  writeCookie(cookies, NOTICE_COOKIE, null, secure, NOTICE_MAX_AGE_SECONDS);
  try {
    return cookie.json() as unknown;
  } catch {
    return null;
  }
}

export function parseRef(value: string | undefined): CartRef | null {
  const [id, token] = (value ?? '').split(':');
  if (!id || !UUID.test(id)) return null;
  return token ? { id, token } : { id };
}

export function formatRef(ref: CartRef): string {
  return ref.token ? `${ref.id}:${ref.token}` : ref.id;
}

function writeCookie(cookies: AstroCookies, name: string, value: string | null, secure: boolean, maxAge: number): void {
  if (value === null) {
    cookies.delete(name, { path: '/' });
    return;
  }
  // httpOnly: the guest token is the cart's only key, and no page script needs it.
  cookies.set(name, value, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge });
}

function isPendingPayment(value: unknown): value is PendingPayment {
  const candidate = value as Partial<PendingPayment> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.cartId === 'string' &&
    typeof candidate.idempotencyKey === 'string' &&
    typeof candidate.body === 'object' &&
    candidate.body !== null &&
    typeof candidate.body.provider === 'string'
  );
}
