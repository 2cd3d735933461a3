import type { Discount } from '../checkout/totals/cart-totals';
import { formatMoney, money } from '../platform/money/money';
import type { DiscountCode } from './entities/discount-code.entity';

/** Why a code does not apply; each is also the tail of a problem code (`discount_code_expired`). */
export type DiscountRefusal = 'unknown' | 'inactive' | 'not_started' | 'expired' | 'used_up' | 'wrong_currency' | 'below_minimum';

export type StoredDiscountCode = Pick<
  DiscountCode,
  'id' | 'code' | 'kind' | 'value' | 'currency' | 'minimumSubtotal' | 'startsAt' | 'endsAt' | 'usageLimit' | 'usedCount' | 'active'
>;

export interface CartContext {
  /** The cart's subtotal in minor units, sales applied, before any discount. */
  subtotal: number;
  currency: string;
  now: Date;
}

export interface Refusal {
  reason: DiscountRefusal;
  detail: string;
}

/** What shoppers may type: letters, digits, hyphens and underscores, 2 to 40 of them. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/;

/**
 * Why the code does not apply now, or null when it does. Without a cart (only `now`), the rules that
 * need one (currency and minimum) are left out.
 */
export function refusalOf(code: StoredDiscountCode, context: Partial<CartContext> & { now: Date }): Refusal | null {
  const name = code.code;
  if (!code.active) return { reason: 'inactive', detail: `The code ${name} is not active.` };
  if (code.startsAt && context.now < code.startsAt)
    return { reason: 'not_started', detail: `The code ${name} can be used from ${code.startsAt.toISOString()}.` };
  if (code.endsAt && context.now >= code.endsAt)
    return { reason: 'expired', detail: `The code ${name} ended at ${code.endsAt.toISOString()}.` };
  if (code.usageLimit !== null && code.usedCount >= code.usageLimit)
    return { reason: 'used_up', detail: `The code ${name} has been used as often as it may be.` };
  if (context.currency === undefined || context.subtotal === undefined) return null;
  if (code.currency && code.currency !== context.currency)
    return { reason: 'wrong_currency', detail: `The code ${name} applies to carts in ${code.currency}.` };
  if (code.minimumSubtotal !== null && code.currency && context.subtotal < code.minimumSubtotal) {
    const minimum = formatMoney(money(code.minimumSubtotal, code.currency));
    return { reason: 'below_minimum', detail: `The code ${name} applies from a subtotal of ${minimum}.` };
  }
  return null;
}

/** The discount a code gives, as `calculateCartTotals` takes it. */
export function discountOf(code: Pick<StoredDiscountCode, 'code' | 'kind' | 'value'>): Discount {
  return { code: code.code, kind: code.kind, value: code.value };
}

export type DiscountCodeState = 'inactive' | 'scheduled' | 'running' | 'ended' | 'used_up';

/** Where a code stands now, for staff. */
export function codeState(code: StoredDiscountCode, now = new Date()): DiscountCodeState {
  const refusal = refusalOf(code, { now });
  switch (refusal?.reason) {
    case undefined:
      return 'running';
    case 'not_started':
      return 'scheduled';
    case 'expired':
      return 'ended';
    case 'used_up':
      return 'used_up';
    default:
      return 'inactive';
  }
}
