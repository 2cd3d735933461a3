import type { CreateTaxRateDto, TaxRateView } from '@tillpoint/sdk';
import { z } from 'zod';
import { optionalText } from '../../../shared/forms/fields';

/** "21", "8.875", "8,875 %" → 8.875; null when it is not a percent with up to four decimals. */
export function parseTaxPercent(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,4}))?$/.exec(text.trim().replace(/\s|%/g, ''));
  return match ? Number(`${match[1]}.${match[2] ?? '0'}`) : null;
}

/** 8.875 → "8.875%", 21 → "21%": every decimal the rate has, which tax authorities publish. */
export function formatTaxPercent(percent: number): string {
  return `${percent.toLocaleString(undefined, { maximumFractionDigits: 4 })}%`;
}

export const taxRateSchema = z.object({
  country: z.string().min(1, 'Choose a country'),
  region: optionalText(100),
  name: z.string().trim().min(1, 'Name the rate, as invoices show it').max(100, 'Use at most 100 characters'),
  percent: z.string().transform((text, ctx) => {
    const percent = parseTaxPercent(text);
    if (percent === null || percent > 100) {
      ctx.addIssue({ code: 'custom', message: 'Enter 0 to 100, up to four decimals, such as 21 or 8.875' });
      return z.NEVER;
    }
    return percent;
  }),
  // "country": let the API choose by country (tax-inclusive but in the US and Canada).
  display: z.enum(['country', 'inclusive', 'exclusive']),
  taxShipping: z.boolean(),
});

export type TaxRateInput = z.input<typeof taxRateSchema>;
export type TaxRateOutput = z.output<typeof taxRateSchema>;

export const TAX_RATE_FIELDS = ['country', 'region', 'name', 'percent', 'display', 'taxShipping'] as const;

export function taxRateInput(rate: TaxRateView | undefined): TaxRateInput {
  return {
    country: rate?.country ?? '',
    region: rate?.region ?? '',
    name: rate?.name ?? '',
    percent: rate ? String(rate.percent) : '',
    display: rate?.display ?? 'country',
    taxShipping: rate?.taxShipping ?? true,
  };
}

export function taxRateBody({ display, ...values }: TaxRateOutput): CreateTaxRateDto {
  return { ...values, ...(display === 'country' ? {} : { display }) };
}
