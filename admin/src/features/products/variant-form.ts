import type { AdminVariantView, CreateVariantDto, OptionView } from '@tillpoint/sdk';
import { z } from 'zod';
import { moneyAmount, numberText, optionalMoneyAmount, optionalText, optionalWholeNumber, wholeNumber } from '../../shared/forms/fields';
import { variantTitle } from './variant-title';

const MAX_MM = 100_000;

/** The API's rules (CreateVariantDto), plus a value for each of the product's options. */
export function variantSchema(options: readonly OptionView[]) {
  return z
    .object({
      sku: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'Use 1-64 letters, digits, dots, dashes, slashes or underscores'),
      barcode: optionalText(64),
      options: z.record(z.string(), z.string()),
      prices: z
        .array(
          z.object({
            currency: z.string().regex(/^[A-Z]{3}$/, 'Use a code such as EUR'),
            amount: moneyAmount('Enter a price'),
            compareAtAmount: optionalMoneyAmount(),
          }),
        )
        .min(1, 'Give it a price'),
      weightGrams: optionalWholeNumber({ max: 1_000_000 }),
      lengthMm: optionalWholeNumber({ max: MAX_MM }),
      widthMm: optionalWholeNumber({ max: MAX_MM }),
      heightMm: optionalWholeNumber({ max: MAX_MM }),
      trackInventory: z.boolean(),
      lowStockThreshold: wholeNumber({ max: 100_000 }),
      allowBackorder: z.boolean(),
      backorderExpectedAt: z.string(),
    })
    .superRefine((values, ctx) => {
      for (const option of options) {
        if (!values.options[option.name])
          ctx.addIssue({ code: 'custom', path: ['options', option.name], message: `Choose a ${option.name.toLowerCase()}` });
      }
      const sizes = [values.lengthMm, values.widthMm, values.heightMm];
      if (sizes.some((size) => size !== null) && sizes.some((size) => size === null)) {
        ctx.addIssue({ code: 'custom', path: ['lengthMm'], message: 'Give all three dimensions, or none' });
      }
      const currencies = values.prices.map((price) => price.currency);
      currencies.forEach((currency, index) => {
        if (currencies.indexOf(currency) !== index)
          ctx.addIssue({ code: 'custom', path: ['prices', index, 'currency'], message: 'Already priced in this currency' });
      });
    });
}

export type VariantInput = z.input<ReturnType<typeof variantSchema>>;
export type VariantOutput = z.output<ReturnType<typeof variantSchema>>;

export const VARIANT_FIELDS = ['sku', 'barcode', 'options', 'prices', 'weightGrams', 'lowStockThreshold', 'backorderExpectedAt'] as const;

export function variantValues(variant: AdminVariantView | undefined, currency: string): VariantInput {
  return {
    sku: variant?.sku ?? '',
    barcode: variant?.barcode ?? '',
    options: variant?.options ?? {},
    prices: variant?.prices.length
      ? variant.prices.map(({ currency: code, amount, compareAtAmount }) => ({ currency: code, amount, compareAtAmount }))
      : [{ currency, amount: null, compareAtAmount: null }],
    weightGrams: numberText(variant?.weightGrams),
    lengthMm: numberText(variant?.dimensions?.lengthMm),
    widthMm: numberText(variant?.dimensions?.widthMm),
    heightMm: numberText(variant?.dimensions?.heightMm),
    trackInventory: variant?.trackInventory ?? true,
    lowStockThreshold: String(variant?.lowStockThreshold ?? 5),
    allowBackorder: variant?.allowBackorder ?? false,
    backorderExpectedAt: variant?.backorderExpectedAt ?? '',
  };
}

export function variantBody(values: VariantOutput): CreateVariantDto {
  const { lengthMm, widthMm, heightMm, backorderExpectedAt, ...rest } = values;
  return {
    ...rest,
    dimensions: lengthMm !== null && widthMm !== null && heightMm !== null ? { lengthMm, widthMm, heightMm } : null,
    backorderExpectedAt: values.allowBackorder && backorderExpectedAt ? backorderExpectedAt : null,
  };
}

/** A variant not saved yet (on a new product), shaped like a saved one so one table shows both. */
export function draftVariantView(body: CreateVariantDto, options: readonly OptionView[], id: string): AdminVariantView {
  const prices = (body.prices ?? []).map((price) => ({ ...price, compareAtAmount: price.compareAtAmount ?? null }));
  return {
    id,
    sku: body.sku,
    barcode: body.barcode ?? null,
    title: variantTitle(options, body.options ?? {}),
    options: body.options ?? {},
    position: 0,
    prices,
    currentPrices: prices.map(({ amount, currency }) => ({ amount, currency })),
    weightGrams: body.weightGrams ?? null,
    dimensions: body.dimensions ?? null,
    trackInventory: body.trackInventory ?? true,
    allowBackorder: body.allowBackorder ?? false,
    backorderExpectedAt: body.backorderExpectedAt ?? null,
    lowStockThreshold: body.lowStockThreshold ?? 5,
  };
}
