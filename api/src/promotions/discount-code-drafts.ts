import type { DiscountKind } from '../checkout/totals/cart-totals';
import type { FieldError } from '../platform/errors/domain-error';
import type { Money } from '../platform/money/money';
import type { StoredDiscountCode } from './discount-code-rules';

/** A code as a request describes it; on an update, the request merged over the code as it is. */
export interface DiscountCodeFields {
  code: string;
  kind: DiscountKind;
  percent?: number | null;
  amount?: Money | null;
  minimumSubtotal?: Money | null;
  startsAt?: string | null;
  endsAt?: string | null;
  usageLimit?: number | null;
  active?: boolean | null;
}

/** As stored. */
export interface DiscountCodeDraft {
  code: string;
  kind: DiscountKind;
  value: number;
  currency: string | null;
  minimumSubtotal: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  usageLimit: number | null;
  active: boolean;
}

/** Far above any real discount, far below where bigint and JavaScript numbers part ways. */
export const MAX_DISCOUNT_AMOUNT = 1_000_000_000_000;

/**
 * The rules a DTO cannot state: the value that goes with the kind, one currency for amount and
 * minimum, dates in order, a limit no lower than the uses so far.
 */
export function draftOf(fields: DiscountCodeFields, usedCount: number): { draft: DiscountCodeDraft; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const { kind, amount, minimumSubtotal } = fields;
  const percent = fields.percent ?? null;
  if (kind === 'percentage' && percent === null) errors.push({ pointer: '/percent', detail: 'is required for a percentage' });
  if (kind !== 'percentage' && percent !== null) errors.push({ pointer: '/percent', detail: `must be absent for ${kindName(kind)}` });
  if (kind === 'fixed' && !amount) errors.push({ pointer: '/amount', detail: 'is required for a fixed amount' });
  if (kind !== 'fixed' && amount) errors.push({ pointer: '/amount', detail: `must be absent for ${kindName(kind)}` });
  if (amount) checkAmount(amount, '/amount', errors);
  if (minimumSubtotal) {
    checkAmount(minimumSubtotal, '/minimumSubtotal', errors);
    if (kind === 'fixed' && amount && amount.currency !== minimumSubtotal.currency)
      errors.push({ pointer: '/minimumSubtotal/currency', detail: `must be the currency of the amount, ${amount.currency}` });
  }
  const startsAt = fields.startsAt ? new Date(fields.startsAt) : null;
  const endsAt = fields.endsAt ? new Date(fields.endsAt) : null;
  if (startsAt && endsAt && endsAt <= startsAt) errors.push({ pointer: '/endsAt', detail: 'must be after startsAt' });
  const usageLimit = fields.usageLimit ?? null;
  if (usageLimit !== null && usageLimit < usedCount)
    errors.push({ pointer: '/usageLimit', detail: `must be at least ${usedCount}, the number of times the code has been used` });
  const value = kind === 'percentage' ? Math.round((percent ?? 0) * 100) : kind === 'fixed' ? (amount?.amount ?? 0) : 0;
  const draft: DiscountCodeDraft = {
    code: fields.code.trim(),
    kind,
    value,
    currency: (kind === 'fixed' ? amount?.currency : minimumSubtotal?.currency) ?? null,
    minimumSubtotal: minimumSubtotal?.amount ?? null,
    startsAt,
    endsAt,
    usageLimit,
    active: fields.active ?? true,
  };
  return { draft, errors };
}

/** The code as request fields, to merge an update over. */
export function fieldsOf(code: StoredDiscountCode): DiscountCodeFields {
  return {
    code: code.code,
    kind: code.kind,
    percent: code.kind === 'percentage' ? code.value / 100 : null,
    amount: code.kind === 'fixed' && code.currency ? { amount: code.value, currency: code.currency } : null,
    minimumSubtotal: code.minimumSubtotal !== null && code.currency ? { amount: code.minimumSubtotal, currency: code.currency } : null,
    startsAt: code.startsAt?.toISOString() ?? null,
    endsAt: code.endsAt?.toISOString() ?? null,
    usageLimit: code.usageLimit,
    active: code.active,
  };
}

/**
 * An update: the fields sent win; a change of kind drops the current value, which belonged to the old
 * kind (so `{ kind: 'free_shipping' }` alone turns a 10 % code into free shipping).
 */
export function mergeUpdate(current: DiscountCodeFields, update: Partial<DiscountCodeFields>): DiscountCodeFields {
  const sent = Object.fromEntries(
    Object.entries(update).filter(([field, value]) => value !== undefined && (value !== null || NULLABLE.has(field))),
  );
  const kindChanges = sent.kind !== undefined && sent.kind !== current.kind;
  const base = kindChanges ? { ...current, percent: null, amount: null } : current;
  return { ...base, ...sent } as DiscountCodeFields;
}

const NULLABLE = new Set(['minimumSubtotal', 'startsAt', 'endsAt', 'usageLimit']);

function checkAmount(value: Money, pointer: string, errors: FieldError[]): void {
  if (value.amount <= 0) errors.push({ pointer: `${pointer}/amount`, detail: 'must be positive' });
  if (value.amount > MAX_DISCOUNT_AMOUNT) errors.push({ pointer: `${pointer}/amount`, detail: `must be at most ${MAX_DISCOUNT_AMOUNT}` });
}

function kindName(kind: DiscountKind): string {
  return kind === 'percentage' ? 'a percentage' : kind === 'fixed' ? 'a fixed amount' : 'free shipping';
}
