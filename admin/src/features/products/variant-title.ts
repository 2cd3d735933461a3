import type { OptionView } from '@tillpoint/sdk';

/** "M / Navy" in option order, as the API names variants; "Default" for a product without options. */
export function variantTitle(options: readonly OptionView[], values: Record<string, string>): string {
  return (
    options
      .map((option) => values[option.name])
      .filter(Boolean)
      .join(' / ') || 'Default'
  );
}
