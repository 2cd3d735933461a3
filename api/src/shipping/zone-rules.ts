import type { FieldError } from '../platform/errors/domain-error';
import { isCountryCode } from './iso-countries';
import { canonicalPostcodePattern, parsePostcodePattern } from './postcode-patterns';
import { normaliseRegion, parseSubdivisionCode } from './regions';

/** A zone as it will be stored: the request merged over the current zone on an update. */
export interface ZoneDraft {
  name: string;
  countries: string[];
  regions: string[];
  postcodePatterns: string[];
  position: number;
}

export type ZoneField = keyof ZoneDraft;

/**
 * The rules a DTO cannot state: real country codes, region codes inside the zone's countries, valid
 * postcode patterns, nothing listed twice. `given` names the fields of the request, so an error caused
 * by a field the request left alone points at the field that was changed.
 */
export function checkZone(zone: ZoneDraft, given: ReadonlySet<ZoneField>): FieldError[] {
  const errors: FieldError[] = [];
  if (!zone.name.trim()) errors.push({ pointer: '/name', detail: 'must not be blank' });
  eachOnce(
    zone.countries,
    (code) => code,
    '/countries',
    errors,
    (code, pointer) => {
      if (!isCountryCode(code)) errors.push({ pointer, detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' });
    },
  );
  eachOnce(zone.regions, normaliseRegion, '/regions', errors, (region, pointer) => {
    if (!region.trim()) return errors.push({ pointer, detail: 'must not be blank' });
    const code = parseSubdivisionCode(region);
    if (code && !zone.countries.includes(code.country)) {
      errors.push({
        pointer: given.has('regions') ? pointer : '/countries',
        detail: `${region.trim()} lies in ${code.country}, which is not one of the zone's countries`,
      });
    }
  });
  eachOnce(zone.postcodePatterns, canonicalPostcodePattern, '/postcodePatterns', errors, (pattern, pointer) => {
    const parsed = parsePostcodePattern(pattern);
    if ('error' in parsed) errors.push({ pointer, detail: parsed.error });
  });
  return errors;
}

/** Runs `check` on each entry and reports the later copies of an entry listed twice. */
function eachOnce(
  values: readonly string[],
  key: (value: string) => string,
  pointer: string,
  errors: FieldError[],
  check: (value: string, pointer: string) => unknown,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const entryPointer = `${pointer}/${index}`;
    const identity = key(value);
    if (seen.has(identity)) errors.push({ pointer: entryPointer, detail: 'is listed twice' });
    seen.add(identity);
    check(value, entryPointer);
  });
}

/** As stored: trimmed names and regions, patterns in their canonical form. Call after `checkZone`. */
export function normaliseZone(zone: ZoneDraft): ZoneDraft {
  return {
    name: zone.name.trim(),
    countries: zone.countries,
    regions: zone.regions.map((region) => {
      const trimmed = region.trim().replace(/\s+/g, ' ');
      return parseSubdivisionCode(trimmed) ? trimmed.toUpperCase() : trimmed;
    }),
    postcodePatterns: zone.postcodePatterns.map(canonicalPostcodePattern),
    position: zone.position,
  };
}
