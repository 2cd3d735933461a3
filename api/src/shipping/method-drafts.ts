import type { Money } from '../platform/money/money';
import type { CreateShippingMethodDto, UpdateShippingMethodDto } from './dto/shipping-method.dto';
import type { ShippingMethod } from './entities/shipping-method.entity';
import type { MethodDraft, MethodField } from './method-rules';
import { sentFields } from './sent-fields';

/** Fields where null means "none" rather than "not sent". */
const NULLABLE: readonly MethodField[] = ['pickupLocationId', 'flatAmount', 'freeOverAmount'];

/** What a new method gets for each field the request leaves out (the table's defaults). */
export function newMethodDraft(input: CreateShippingMethodDto): MethodDraft {
  return {
    zoneId: input.zoneId,
    name: input.name,
    kind: input.kind,
    pickupLocationId: null,
    currency: input.currency,
    rateType: input.rateType,
    flatAmount: null,
    weightRates: [],
    freeOverAmount: null,
    handlingDays: 1,
    transitDaysMin: 1,
    transitDaysMax: 3,
    cutoffTime: '14:00',
    active: true,
    position: 0,
  };
}

export function storedMethodDraft(method: ShippingMethod): MethodDraft {
  const inCurrency = (amount: number | null): Money | null => (amount === null ? null : { amount, currency: method.currency });
  return {
    zoneId: method.zoneId,
    name: method.name,
    kind: method.kind,
    pickupLocationId: method.pickupLocationId,
    currency: method.currency,
    rateType: method.rateType,
    flatAmount: inCurrency(method.flatAmount),
    weightRates: method.weightRates.map((rate) => ({
      upToGrams: rate.upToGrams,
      amount: { amount: rate.amountMinor, currency: method.currency },
    })),
    freeOverAmount: inCurrency(method.freeOverAmount),
    handlingDays: method.handlingDays,
    transitDaysMin: method.transitDaysMin,
    transitDaysMax: method.transitDaysMax,
    cutoffTime: method.cutoffTime.slice(0, 5),
    active: method.active,
    position: method.position,
  };
}

/** The request laid over a draft, and which fields it sent. */
export function applyMethodInput(draft: MethodDraft, input: UpdateShippingMethodDto): { draft: MethodDraft; sent: Set<MethodField> } {
  const sent = sentFields<MethodField>(input, NULLABLE);
  const money = (value: Money | null | undefined): Money | null => (value ? { amount: value.amount, currency: value.currency } : null);
  const merged: MethodDraft = { ...draft };
  for (const field of sent) {
    if (field === 'flatAmount' || field === 'freeOverAmount') merged[field] = money(input[field]);
    else if (field === 'weightRates') {
      merged.weightRates = (input.weightRates ?? []).map((rate) => ({
        upToGrams: rate.upToGrams,
        amount: { amount: rate.amount.amount, currency: rate.amount.currency },
      }));
    } else Object.assign(merged, { [field]: input[field] ?? null });
  }
  return { draft: merged, sent };
}

/** The draft as table columns: amounts in minor units of the method's currency. */
export function methodColumns(draft: MethodDraft): Omit<ShippingMethod, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    zoneId: draft.zoneId,
    name: draft.name.trim(),
    kind: draft.kind,
    pickupLocationId: draft.pickupLocationId,
    currency: draft.currency,
    rateType: draft.rateType,
    flatAmount: draft.flatAmount?.amount ?? null,
    weightRates: draft.weightRates.map((rate) => ({ upToGrams: rate.upToGrams, amountMinor: rate.amount.amount })),
    freeOverAmount: draft.freeOverAmount?.amount ?? null,
    handlingDays: draft.handlingDays,
    transitDaysMin: draft.transitDaysMin,
    transitDaysMax: draft.transitDaysMax,
    cutoffTime: draft.cutoffTime,
    active: draft.active,
    position: draft.position,
  };
}
