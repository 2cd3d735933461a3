/** The `tax` group of the store settings. */
export interface StoreTaxSettings {
  /** Prices are entered with tax in them (the EU way): tax is taken out of them, and the shopper pays what they saw. */
  pricesIncludeTax: boolean;
}

export const TAX_SETTINGS_KEY = 'tax';

/** Where shops enter and show prices before tax; nearly everywhere else prices include it. */
const PRICES_BEFORE_TAX = new Set(['US', 'CA']);

/** Until staff choose: what shops in the store's country usually do (the demo store in NL: prices include tax). */
export function defaultTaxSettings(storeCountry: string): StoreTaxSettings {
  return { pricesIncludeTax: !PRICES_BEFORE_TAX.has(storeCountry.toUpperCase()) };
}

/** How shoppers in a country expect prices, until staff say otherwise on its rate. */
export function defaultDisplay(country: string): 'inclusive' | 'exclusive' {
  return PRICES_BEFORE_TAX.has(country.toUpperCase()) ? 'exclusive' : 'inclusive';
}
