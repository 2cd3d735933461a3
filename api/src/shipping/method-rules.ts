import type { FieldError } from '../platform/errors/domain-error';
import type { Money } from '../platform/money/money';
import type { RateType, ShippingMethodKind, WeightRate } from './rate-quote';

/** A method as it will be stored: the request merged over the current method on an update. */
export interface MethodDraft {
  zoneId: string;
  name: string;
  kind: ShippingMethodKind;
  pickupLocationId: string | null;
  currency: string;
  rateType: RateType;
  flatAmount: Money | null;
  weightRates: WeightRate[];
  freeOverAmount: Money | null;
  handlingDays: number;
  transitDaysMin: number;
  transitDaysMax: number;
  cutoffTime: string;
  active: boolean;
  position: number;
}

export type MethodField = keyof MethodDraft;

/** Far above any real shipping price, far below where integer minor units lose precision. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000;

const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/**
 * A method that changes kind or rate type drops what no longer applies (a pickup location, a flat
 * amount, weight brackets), unless the request sends it: then `checkMethod` says it does not belong.
 */
export function settleMethod(method: MethodDraft, given: ReadonlySet<MethodField>): MethodDraft {
  return {
    ...method,
    pickupLocationId: method.kind === 'pickup' || given.has('pickupLocationId') ? method.pickupLocationId : null,
    flatAmount: method.rateType === 'flat' || given.has('flatAmount') ? method.flatAmount : null,
    weightRates: method.rateType === 'weight' || given.has('weightRates') ? method.weightRates : [],
  };
}

/** The rules a DTO cannot state. `given` names the fields of the request, so errors point at what was sent. */
export function checkMethod(method: MethodDraft, given: ReadonlySet<MethodField>): FieldError[] {
  const errors: FieldError[] = [];
  if (!method.name.trim()) errors.push({ pointer: '/name', detail: 'must not be blank' });
  if (!KNOWN_CURRENCIES.has(method.currency))
    errors.push({ pointer: '/currency', detail: 'must be an ISO 4217 currency code such as EUR' });
  errors.push(...checkKind(method), ...checkRate(method, given), ...checkTransit(method, given));
  return errors;
}

function checkKind(method: MethodDraft): FieldError[] {
  if (method.kind === 'pickup' && !method.pickupLocationId) {
    return [{ pointer: '/pickupLocationId', detail: 'is required for a pickup method' }];
  }
  if (method.kind !== 'pickup' && method.pickupLocationId) {
    return [{ pointer: '/pickupLocationId', detail: 'only a pickup method has a pickup location' }];
  }
  return [];
}

function checkRate(method: MethodDraft, given: ReadonlySet<MethodField>): FieldError[] {
  const errors: FieldError[] = [];
  if (method.rateType === 'flat') {
    if (!method.flatAmount) errors.push({ pointer: '/flatAmount', detail: 'is required for a flat rate' });
    if (method.weightRates.length) errors.push({ pointer: '/weightRates', detail: 'only a weight rate has weight brackets' });
  } else {
    if (!method.weightRates.length) errors.push({ pointer: '/weightRates', detail: 'needs at least one bracket for a weight rate' });
    if (method.flatAmount) errors.push({ pointer: '/flatAmount', detail: 'only a flat rate has a flat amount' });
  }
  const inCurrency = (value: Money | null, field: MethodField, pointer: string) => {
    // A currency mismatch the request did not send (it changed only the method's currency) is the currency's fault.
    if (value) errors.push(...checkAmount(value, method.currency, pointer, given.has(field) ? `${pointer}/currency` : '/currency'));
  };
  inCurrency(method.flatAmount, 'flatAmount', '/flatAmount');
  inCurrency(method.freeOverAmount, 'freeOverAmount', '/freeOverAmount');
  method.weightRates.forEach((rate, index) => {
    const previous = method.weightRates[index - 1];
    if (previous && rate.upToGrams <= previous.upToGrams) {
      errors.push({ pointer: `/weightRates/${index}/upToGrams`, detail: `must be more than the bracket before (${previous.upToGrams})` });
    }
    inCurrency(rate.amount, 'weightRates', `/weightRates/${index}/amount`);
  });
  return errors;
}

function checkAmount(value: Money, currency: string, pointer: string, currencyPointer: string): FieldError[] {
  const errors: FieldError[] = [];
  if (value.amount < 0) errors.push({ pointer: `${pointer}/amount`, detail: 'must not be negative' });
  if (value.amount > MAX_AMOUNT_MINOR) errors.push({ pointer: `${pointer}/amount`, detail: `must be at most ${MAX_AMOUNT_MINOR}` });
  if (value.currency !== currency) {
    errors.push({
      pointer: currencyPointer,
      detail: `${pointer.slice(1)} is in ${value.currency}, but the method is priced in ${currency}`,
    });
  }
  return errors;
}

function checkTransit(method: MethodDraft, given: ReadonlySet<MethodField>): FieldError[] {
  if (method.transitDaysMax >= method.transitDaysMin) return [];
  if (!given.has('transitDaysMax') && given.has('transitDaysMin')) {
    return [{ pointer: '/transitDaysMin', detail: `must not be more than transitDaysMax (${method.transitDaysMax})` }];
  }
  return [{ pointer: '/transitDaysMax', detail: `must not be less than transitDaysMin (${method.transitDaysMin})` }];
}
