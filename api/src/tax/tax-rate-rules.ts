import type { TaxDisplay } from '../checkout/totals/cart-totals';
import type { FieldError } from '../platform/errors/domain-error';
import { isCountryCode } from '../shipping/iso-countries';
import { parseSubdivisionCode, regionMatches } from '../shipping/regions';

/** A rate as it will be stored: the request merged over the current rate on an update. */
export interface TaxRateDraft {
  country: string;
  region: string | null;
  name: string;
  ratePpm: number;
  display: TaxDisplay;
  taxShipping: boolean;
}

export type TaxRateField = keyof TaxRateDraft;

/** Staff type percents (8.875); rates are kept in parts per million (88750), exact to four decimals of a percent. */
export function percentToPpm(percent: number): number {
  return Math.round(percent * 10_000);
}

export function ppmToPercent(ratePpm: number): number {
  return ratePpm / 10_000;
}

/**
 * The rules a DTO cannot state: a real country, a region code inside that country. `sent` names the
 * fields of the request, so a conflict caused by a field the request left alone points at the one it changed.
 */
export function checkTaxRate(rate: TaxRateDraft, sent: ReadonlySet<TaxRateField>): FieldError[] {
  const errors: FieldError[] = [];
  if (!isCountryCode(rate.country))
    errors.push({ pointer: '/country', detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' });
  if (rate.region !== null) {
    const code = parseSubdivisionCode(rate.region);
    if (!rate.region.trim()) errors.push({ pointer: '/region', detail: 'must not be blank; send null for the whole country' });
    else if (code && code.country !== rate.country && isCountryCode(rate.country)) {
      errors.push({
        pointer: sent.has('region') ? '/region' : '/country',
        detail: `${rate.region.trim().toUpperCase()} lies in ${code.country}, not in ${rate.country}`,
      });
    }
  }
  if (!rate.name.trim()) errors.push({ pointer: '/name', detail: 'must not be blank' });
  return errors;
}

/** As stored: trimmed name, region codes upper-case, free region names with single spaces. Call after `checkTaxRate`. */
export function normaliseTaxRate(rate: TaxRateDraft): TaxRateDraft {
  const region = rate.region?.trim().replace(/\s+/g, ' ') || null;
  return { ...rate, name: rate.name.trim(), region: region && parseSubdivisionCode(region) ? region.toUpperCase() : region };
}

export interface TaxDestination {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** As the address gives it: `US-NY`, `NY` or `New York`. */
  region?: string | null;
}

/**
 * The rate for a destination from the rates of its country: a rate for its region wins over the rate for
 * the whole country; null when neither exists. The address may name its region by full code (US-NY),
 * by the code without its country (NY) or by name, and so may the rate.
 */
export function pickRate<Rate extends Pick<TaxRateDraft, 'country' | 'region'>>(
  rates: readonly Rate[],
  destination: TaxDestination,
): Rate | null {
  const country = destination.country.trim().toUpperCase();
  const wanted = destination.region?.trim() ?? '';
  const ofCountry = rates.filter((rate) => rate.country === country);
  const regional = wanted ? ofCountry.find((rate) => rate.region !== null && regionOfRateMatches(rate.region, country, wanted)) : undefined;
  return regional ?? ofCountry.find((rate) => rate.region === null) ?? null;
}

function regionOfRateMatches(rateRegion: string, country: string, addressRegion: string): boolean {
  if (regionMatches(rateRegion, country, addressRegion)) return true;
  const code = parseSubdivisionCode(addressRegion);
  return code !== null && code.country === country && regionMatches(rateRegion, country, code.subdivision);
}
