/**
 * Regions of a zone are ISO 3166-2 subdivision codes (`NL-NH`, `US-CA`) or free names (`Noord-Holland`).
 * An address may give its region either way, and a code without its country part (`CA` in the US).
 */
const SUBDIVISION_CODE = /^([A-Z]{2})-([A-Z0-9]{1,3})$/;

/** `NL-NH` → `{ country: 'NL', subdivision: 'NH' }`; null for a free name. */
export function parseSubdivisionCode(region: string): { country: string; subdivision: string } | null {
  const match = SUBDIVISION_CODE.exec(region.trim().toUpperCase());
  return match ? { country: match[1], subdivision: match[2] } : null;
}

/** Compared without case, accents or extra spaces: `Île-de-France` is `ile-de-france`. */
export function normaliseRegion(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

export function regionMatches(zoneRegion: string, country: string, addressRegion: string): boolean {
  const wanted = normaliseRegion(addressRegion);
  if (!wanted) return false;
  if (normaliseRegion(zoneRegion) === wanted) return true;
  const code = parseSubdivisionCode(zoneRegion);
  return code !== null && code.country === country && normaliseRegion(code.subdivision) === wanted;
}
