export interface DeliveryCountry {
  code: string;
  name: string;
}

/** Where shoppers most often ask about; the API answers for any ISO country, with no options where it doesn't ship. */
export const DELIVERY_COUNTRIES: readonly DeliveryCountry[] = [
  { code: 'NL', name: 'Netherlands' },
  { code: 'BE', name: 'Belgium' },
  { code: 'DE', name: 'Germany' },
  { code: 'FR', name: 'France' },
  { code: 'LU', name: 'Luxembourg' },
  { code: 'AT', name: 'Austria' },
  { code: 'DK', name: 'Denmark' },
  { code: 'ES', name: 'Spain' },
  { code: 'IT', name: 'Italy' },
  { code: 'GB', name: 'United Kingdom' },
];

/**
 * The store's own country (the API's STORE_COUNTRY default). Store info does not carry it, so the
 * storefront always names a country and the selector and the estimate cannot disagree.
 */
export const DEFAULT_DELIVERY_COUNTRY = 'NL';

export function deliveryCountry(code: string | null | undefined): string {
  const upper = code?.toUpperCase();
  return DELIVERY_COUNTRIES.some((c) => c.code === upper) && upper ? upper : DEFAULT_DELIVERY_COUNTRY;
}

export function countryName(code: string): string {
  return DELIVERY_COUNTRIES.find((c) => c.code === code)?.name ?? code;
}
