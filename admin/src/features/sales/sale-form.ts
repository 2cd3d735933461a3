import type { CreatePriceListDto, PriceListView } from '@tillpoint/sdk';
import { z } from 'zod';
import { optionalMoneyAmount } from '../../shared/forms/fields';
import { formatPercent, parsePercentHundredths } from '../../shared/format/percent';
import { SALE_TARGETS } from './sale-labels';

// The API's rules (CreatePriceListDto); it stays the judge.
export const saleSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the sale').max(120, 'Use at most 120 characters'),
    status: z.enum(['draft', 'active']),
    discountType: z.enum(['percentage', 'fixed']),
    percent: z.string(),
    amount: optionalMoneyAmount(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a code such as EUR'),
    appliesTo: z.enum(SALE_TARGETS),
    targetIds: z.array(z.string()),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
  })
  .superRefine((values, ctx) => {
    if (values.discountType === 'percentage') {
      const hundredths = parsePercentHundredths(values.percent);
      if (hundredths === null || hundredths < 1 || hundredths > 10_000)
        ctx.addIssue({ code: 'custom', path: ['percent'], message: 'Enter 0.01 to 100, such as 20' });
    } else if (!values.amount) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Enter the amount off each item' });
    }
    if (values.appliesTo !== 'all' && values.targetIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['targetIds'], message: `Choose at least one of the ${values.appliesTo}` });
    }
    if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'End after it starts' });
    }
  });

export type SaleValues = z.infer<typeof saleSchema>;

export const SALE_FIELDS = ['name', 'status', 'percent', 'amount', 'appliesTo', 'targetIds', 'startsAt', 'endsAt'] as const;

export function saleValues(sale: PriceListView | undefined, currency: string): SaleValues {
  return {
    name: sale?.name ?? '',
    status: sale?.status ?? 'draft',
    discountType: sale?.discount.type ?? 'percentage',
    percent: sale?.discount.percent != null ? formatPercent(sale.discount.percent).replace('%', '') : '',
    amount: sale?.discount.amount?.amount ?? null,
    currency: sale?.discount.amount?.currency ?? currency,
    appliesTo: sale?.appliesTo ?? 'all',
    targetIds: sale?.targetIds ?? [],
    startsAt: sale?.startsAt ?? null,
    endsAt: sale?.endsAt ?? null,
  };
}

export function saleBody(values: SaleValues): CreatePriceListDto {
  const hundredths = parsePercentHundredths(values.percent) ?? 0;
  return {
    name: values.name,
    status: values.status,
    discount:
      values.discountType === 'percentage'
        ? { type: 'percentage', percent: hundredths / 100 }
        : { type: 'fixed', amount: { amount: values.amount ?? 0, currency: values.currency } },
    appliesTo: values.appliesTo,
    targetIds: values.appliesTo === 'all' ? [] : values.targetIds,
    startsAt: values.startsAt,
    endsAt: values.endsAt,
  };
}
