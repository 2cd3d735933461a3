import { createAnonymousClient } from './api';
import { rememberedOrNull } from './remembered';

export interface DeliveryCountry {
  code: string;
  name: string;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries the store's shipping zones serve; a minute old at most (zones change rarely). */
const loadShippingCountries = rememberedOrNull(60_000, 'shipping countries', async () => {
  const { countries } = await createAnonymousClient().storeListShippingCountries();
  return countries;
});

/** The destinations a shopper may pick, by name: where the store ships, and always its own country. */
export async function loadDeliveryCountries(homeCountry: string): Promise<DeliveryCountry[]> {
  const codes = (await loadShippingCountries()) ?? [];
  return [...new Set([homeCountry, ...codes])]
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The destination asked for when it is one on offer, else the store's own country. */
export function deliveryCountry(code: string | null | undefined, countries: readonly DeliveryCountry[], homeCountry: string): string {
  const upper = code?.toUpperCase();
  return upper && countries.some((c) => c.code === upper) ? upper : homeCountry;
}
