import type { CreateShippingMethodDto, ShippingMethodView } from '@tillpoint/sdk';
import { z } from 'zod';
import { moneyAmount, numberText, optionalMoneyAmount, wholeNumber } from '../../shared/forms/fields';
import { METHOD_KINDS } from './shipping-labels';

const MAX_DAYS = 60;

// The API's rules (CreateShippingMethodDto and its checks); it stays the judge.
export const methodSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the method').max(100, 'Use at most 100 characters'),
    kind: z.enum(METHOD_KINDS),
    pickupLocationId: z.string().nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a code such as EUR'),
    rateType: z.enum(['flat', 'weight']),
    flatAmount: optionalMoneyAmount(),
    weightRates: z.array(z.object({ upToGrams: wholeNumber({ min: 1, max: 100_000_000 }), amount: moneyAmount() })).max(50),
    freeOverAmount: optionalMoneyAmount(),
    handlingDays: wholeNumber({ max: MAX_DAYS }),
    transitDaysMin: wholeNumber({ max: MAX_DAYS }),
    transitDaysMax: wholeNumber({ max: MAX_DAYS }),
    cutoffTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 14:00'),
    active: z.boolean(),
    position: wholeNumber({ max: 100_000 }),
  })
  .superRefine((values, ctx) => {
    if (values.kind === 'pickup' && !values.pickupLocationId)
      ctx.addIssue({ code: 'custom', path: ['pickupLocationId'], message: 'Choose where to collect' });
    if (values.rateType === 'flat' && values.flatAmount === null)
      ctx.addIssue({ code: 'custom', path: ['flatAmount'], message: 'Enter the price, 0 for free' });
    if (values.rateType === 'weight' && values.weightRates.length === 0)
      ctx.addIssue({ code: 'custom', path: ['weightRates'], message: 'Add at least one weight bracket' });
    values.weightRates.forEach((rate, index) => {
      const previous = values.weightRates[index - 1];
      if (previous && rate.upToGrams <= previous.upToGrams)
        ctx.addIssue({ code: 'custom', path: ['weightRates', index, 'upToGrams'], message: 'Heavier than the bracket above' });
    });
    if (values.transitDaysMax < values.transitDaysMin)
      ctx.addIssue({ code: 'custom', path: ['transitDaysMax'], message: 'At least the fastest' });
  });

export type MethodInput = z.input<typeof methodSchema>;
export type MethodOutput = z.output<typeof methodSchema>;

export const METHOD_FIELDS = [
  'name',
  'kind',
  'pickupLocationId',
  'currency',
  'rateType',
  'flatAmount',
  'weightRates',
  'freeOverAmount',
  'handlingDays',
  'transitDaysMin',
  'transitDaysMax',
  'cutoffTime',
  'active',
  'position',
] as const;

export function methodValues(method: ShippingMethodView | undefined, currency: string): MethodInput {
  return {
    name: method?.name ?? '',
    kind: method?.kind ?? 'standard',
    pickupLocationId: method?.pickupLocationId ?? null,
    currency: method?.currency ?? currency,
    rateType: method?.rateType ?? 'flat',
    flatAmount: method?.flatAmount?.amount ?? null,
    weightRates: method?.weightRates.map((rate) => ({ upToGrams: String(rate.upToGrams), amount: rate.amount.amount })) ?? [],
    freeOverAmount: method?.freeOverAmount?.amount ?? null,
    handlingDays: numberText(method?.handlingDays ?? 1),
    transitDaysMin: numberText(method?.transitDaysMin ?? 1),
    transitDaysMax: numberText(method?.transitDaysMax ?? 3),
    cutoffTime: method?.cutoffTime ?? '15:00',
    active: method?.active ?? true,
    position: numberText(method?.position ?? 0),
  };
}

/** Money in the method's currency; what does not apply to the kind or rate type is sent empty. */
export function methodBody(values: MethodOutput, zoneId: string): CreateShippingMethodDto {
  const money = (amount: number | null) => (amount === null ? null : { amount, currency: values.currency });
  return {
    ...values,
    zoneId,
    pickupLocationId: values.kind === 'pickup' ? values.pickupLocationId : null,
    flatAmount: values.rateType === 'flat' ? money(values.flatAmount) : null,
    weightRates:
      values.rateType === 'weight'
        ? values.weightRates.map((rate) => ({ upToGrams: rate.upToGrams, amount: { amount: rate.amount, currency: values.currency } }))
        : [],
    freeOverAmount: money(values.freeOverAmount),
    transitDaysMin: values.kind === 'pickup' ? 0 : values.transitDaysMin,
    transitDaysMax: values.kind === 'pickup' ? 0 : values.transitDaysMax,
  };
}
