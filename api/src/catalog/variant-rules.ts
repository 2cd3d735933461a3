import type { FieldError } from '../platform/errors/domain-error';

export interface OptionSpec {
  name: string;
  values: string[];
}

export interface VariantSpec {
  sku?: string;
  options?: Record<string, string>;
  prices?: { currency: string }[];
}

/** Option names unique, values unique within an option. */
export function optionErrors(options: OptionSpec[], base = '/options'): FieldError[] {
  const errors: FieldError[] = [];
  const names = new Set<string>();
  options.forEach((option, i) => {
    const key = option.name.trim().toLowerCase();
    if (names.has(key)) errors.push({ pointer: `${base}/${i}/name`, detail: `repeats the option ${option.name}` });
    names.add(key);
    if (new Set(option.values).size !== option.values.length)
      errors.push({ pointer: `${base}/${i}/values`, detail: 'must not repeat a value' });
    if (!option.values.length) errors.push({ pointer: `${base}/${i}/values`, detail: 'must have at least one value' });
  });
  return errors;
}

/**
 * What makes a set of variants coherent with the product's options: each variant names exactly one
 * known value for every option, no two variants are the same combination, SKUs are unique within the
 * request, and a variant has at most one price per currency.
 */
export function variantErrors(
  options: OptionSpec[],
  variants: VariantSpec[],
  existing: { combination: string; sku: string }[] = [],
  base = '/variants',
): FieldError[] {
  const errors: FieldError[] = [];
  const combinations = new Set(existing.map((e) => e.combination));
  const skus = new Set(existing.map((e) => e.sku.toLowerCase()));
  variants.forEach((variant, i) => {
    const pointer = `${base}/${i}`;
    const values = variant.options ?? {};
    for (const option of options) {
      const value = values[option.name];
      if (value === undefined) errors.push({ pointer: `${pointer}/options`, detail: `needs a value for ${option.name}` });
      else if (!option.values.includes(value))
        errors.push({ pointer: `${pointer}/options/${option.name}`, detail: `must be one of ${option.values.join(', ')}` });
    }
    for (const name of Object.keys(values)) {
      if (!options.some((o) => o.name === name))
        errors.push({ pointer: `${pointer}/options/${name}`, detail: 'is not an option of this product' });
    }
    const combination = combinationKey(options, values);
    if (combinations.has(combination)) errors.push({ pointer: `${pointer}/options`, detail: 'repeats the options of another variant' });
    combinations.add(combination);
    if (variant.sku) {
      if (skus.has(variant.sku.toLowerCase())) errors.push({ pointer: `${pointer}/sku`, detail: 'repeats the SKU of another variant' });
      skus.add(variant.sku.toLowerCase());
    }
    const currencies = (variant.prices ?? []).map((p) => p.currency);
    if (new Set(currencies).size !== currencies.length)
      errors.push({ pointer: `${pointer}/prices`, detail: 'has two prices in one currency' });
  });
  return errors;
}

export function combinationKey(options: OptionSpec[], values: Record<string, string>): string {
  return options.map((o) => values[o.name] ?? '').join('\u0000');
}

/** "M / Navy" from the option values in option order; "Default" for a product without options. */
export function variantTitle(options: OptionSpec[], values: Record<string, string>): string {
  return (
    options
      .map((o) => values[o.name])
      .filter(Boolean)
      .join(' / ') || 'Default'
  );
}
