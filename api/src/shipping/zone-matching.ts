import { matchesPostcode, parsePostcodePattern } from './postcode-patterns';
import { regionMatches } from './regions';

/** Where a parcel goes. `country` is an ISO 3166-1 alpha-2 code; region and postcode as the address gives them. */
export interface Destination {
  country: string;
  region?: string;
  postcode?: string;
}

/** What matching needs of a zone. */
export interface ZoneRule {
  countries: readonly string[];
  regions: readonly string[];
  postcodePatterns: readonly string[];
  /** Breaks ties between equally specific zones: lower first. */
  position?: number;
}

/** Higher is more specific. Nothing that only names countries can beat a region, nor a region a postcode. */
const POSTCODE_LEVEL = 4;
const REGION_LEVEL = 2;

interface Fit {
  level: number;
  /** 2 when an exact postcode matched, 1 for a prefix or range. */
  postcodeRank: number;
}

/**
 * The most specific zone that contains the destination, or null. A zone contains it when the country is
 * one of its countries, the region one of its regions (if it lists any) and the postcode matches one of its
 * patterns (if it has any). A postcode match beats a region match, which beats a zone of countries only.
 * Among equals: an exact postcode beats a prefix or range, then the zone with fewer countries (the
 * Netherlands before Benelux), then the lower position, then the earlier in the list.
 */
export function matchZone<Z extends ZoneRule>(zones: readonly Z[], destination: Destination): Z | null {
  const country = destination.country.trim().toUpperCase();
  let best: { zone: Z; fit: Fit } | null = null;
  for (const zone of zones) {
    const fit = fitOf(zone, country, destination);
    if (fit && (!best || isBetter(zone, fit, best.zone, best.fit))) best = { zone, fit };
  }
  return best?.zone ?? null;
}

function fitOf(zone: ZoneRule, country: string, destination: Destination): Fit | null {
  if (!zone.countries.includes(country)) return null;
  let level = 1;
  let postcodeRank = 0;
  if (zone.regions.length) {
    const region = destination.region ?? '';
    if (!zone.regions.some((zoneRegion) => regionMatches(zoneRegion, country, region))) return null;
    level += REGION_LEVEL;
  }
  if (zone.postcodePatterns.length) {
    postcodeRank = bestPostcodeRank(zone.postcodePatterns, destination.postcode ?? '');
    if (!postcodeRank) return null;
    level += POSTCODE_LEVEL;
  }
  return { level, postcodeRank };
}

function bestPostcodeRank(patterns: readonly string[], postcode: string): number {
  let rank = 0;
  for (const raw of patterns) {
    const pattern = parsePostcodePattern(raw);
    if ('error' in pattern || !matchesPostcode(pattern, postcode)) continue;
    rank = Math.max(rank, pattern.kind === 'exact' ? 2 : 1);
  }
  return rank;
}

function isBetter(zone: ZoneRule, fit: Fit, than: ZoneRule, thanFit: Fit): boolean {
  if (fit.level !== thanFit.level) return fit.level > thanFit.level;
  if (fit.postcodeRank !== thanFit.postcodeRank) return fit.postcodeRank > thanFit.postcodeRank;
  if (zone.countries.length !== than.countries.length) return zone.countries.length < than.countries.length;
  return (zone.position ?? 0) < (than.position ?? 0);
}
