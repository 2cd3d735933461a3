import type { CreateDiscountCodeDto, DiscountCodeView } from '@tillpoint/sdk';
import { z } from 'zod';
import { numberText, optionalMoneyAmount, optionalWholeNumber } from '../../shared/forms/fields';
import { formatPercent, parsePercentHundredths } from '../../shared/format/percent';

// The API's rules (CreateDiscountCodeDto); it stays the judge.
export const discountCodeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/, 'Use 2 to 40 letters, digits, - or _, starting with a letter or digit'),
    kind: z.enum(['percentage', 'fixed', 'free_shipping']),
    percent: z.string(),
    amount: optionalMoneyAmount(),
    minimumSubtotal: optionalMoneyAmount(),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    usageLimit: optionalWholeNumber({ min: 1 }),
    active: z.boolean(),
  })
  .superRefine((values, ctx) => {
    const hundredths = parsePercentHundredths(values.percent);
    if (values.kind === 'percentage' && (hundredths === null || hundredths < 1 || hundredths > 10_000))
      ctx.addIssue({ code: 'custom', path: ['percent'], message: 'Enter 0.01 to 100, such as 10' });
    if (values.kind === 'fixed' && !values.amount) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Enter the amount off' });
    if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'End after it starts' });
  });

export type DiscountCodeInput = z.input<typeof discountCodeSchema>;
export type DiscountCodeOutput = z.output<typeof discountCodeSchema>;

export const DISCOUNT_CODE_FIELDS = [
  'code',
  'kind',
  'percent',
  'amount',
  'minimumSubtotal',
  'startsAt',
  'endsAt',
  'usageLimit',
  'active',
] as const;

export function discountCodeInput(code: DiscountCodeView | undefined): DiscountCodeInput {
  return {
    code: code?.code ?? '',
    kind: code?.kind ?? 'percentage',
    percent: code?.percent != null ? formatPercent(code.percent).replace('%', '') : '',
    amount: code?.amount?.amount ?? null,
    minimumSubtotal: code?.minimumSubtotal?.amount ?? null,
    startsAt: code?.startsAt ?? null,
    endsAt: code?.endsAt ?? null,
    usageLimit: numberText(code?.usageLimit),
    active: code?.active ?? true,
  };
}

/** The code's amounts are in one currency: the code's own, or the store's for a new one. */
export function discountCodeCurrency(code: DiscountCodeView | undefined, storeCurrency: string): string {
  return code?.amount?.currency ?? code?.minimumSubtotal?.currency ?? storeCurrency;
}

/** Every field, so a PATCH clears what the form cleared; a value that does not fit the kind goes as null. */
export function discountCodeBody(values: DiscountCodeOutput, currency: string): CreateDiscountCodeDto {
  const hundredths = parsePercentHundredths(values.percent);
  return {
    code: values.code,
    kind: values.kind,
    percent: values.kind === 'percentage' && hundredths !== null ? hundredths / 100 : undefined,
    amount: values.kind === 'fixed' && values.amount !== null ? { amount: values.amount, currency } : null,
    minimumSubtotal: values.minimumSubtotal !== null ? { amount: values.minimumSubtotal, currency } : null,
    startsAt: values.startsAt,
    endsAt: values.endsAt,
    usageLimit: values.usageLimit,
    active: values.active,
  };
}
