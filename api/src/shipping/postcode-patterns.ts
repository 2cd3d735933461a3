/**
 * Postcode patterns of a shipping zone:
 * - `1000-1099`: a range of leading digits. Both ends have the same number of digits n, and a postcode
 *   matches when its first n characters are digits within the range (`1000-1099` takes `1012 AB`).
 * - `75*`: a prefix (`SW1A*` takes `SW1A 1AA`).
 * - anything else: one exact postcode (`SW1A 1AA`).
 * Case, spaces and hyphens never matter when comparing, so `sw1a1aa` is `SW1A 1AA` and `00950` is `00-950`.
 */
export type PostcodePattern =
  { kind: 'exact'; postcode: string } | { kind: 'prefix'; prefix: string } | { kind: 'range'; from: number; to: number; digits: number };

/** Also keeps a range's ends within nine digits, safely a Number. */
export const MAX_PATTERN_LENGTH = 20;

/** Uppercase, without whitespace or hyphens: the form in which postcodes are compared. */
export function normalisePostcode(value: string): string {
  return value.toUpperCase().replace(/[\s-]+/g, '');
}

/** The pattern, or the reason it is not one (to put in a field error). */
export function parsePostcodePattern(raw: string): PostcodePattern | { error: string } {
  const pattern = raw.trim();
  if (!pattern) return { error: 'must not be empty' };
  if (pattern.length > MAX_PATTERN_LENGTH) return { error: `must be at most ${MAX_PATTERN_LENGTH} characters` };
  if (!/^[A-Za-z0-9 -]*\*?$/.test(pattern)) {
    return { error: 'may hold letters, digits, spaces and hyphens, and a * only at the end' };
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(pattern);
  if (range) return parseRange(range[1], range[2]);
  if (pattern.endsWith('*')) {
    const prefix = normalisePostcode(pattern.slice(0, -1));
    return prefix ? { kind: 'prefix', prefix } : { error: 'needs at least one character before the *' };
  }
  const postcode = normalisePostcode(pattern);
  return postcode ? { kind: 'exact', postcode } : { error: 'needs at least one letter or digit' };
}

function parseRange(fromDigits: string, toDigits: string): PostcodePattern | { error: string } {
  if (fromDigits.length !== toDigits.length) {
    return { error: 'a range needs the same number of digits at both ends (1000-1099); for one postcode leave out the hyphen' };
  }
  const from = Number(fromDigits);
  const to = Number(toDigits);
  if (from > to) return { error: 'the start of a range must not be after its end' };
  return { kind: 'range', from, to, digits: fromDigits.length };
}

/** How a valid pattern is stored and shown: uppercase, ranges without spaces, single spaces elsewhere. */
export function canonicalPostcodePattern(raw: string): string {
  const parsed = parsePostcodePattern(raw);
  if ('error' in parsed) return raw;
  if (parsed.kind === 'range') return `${pad(parsed.from, parsed.digits)}-${pad(parsed.to, parsed.digits)}`;
  if (parsed.kind === 'prefix') return `${parsed.prefix}*`;
  return raw.trim().toUpperCase().replace(/\s+/g, ' ');
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}

export function matchesPostcode(pattern: PostcodePattern, postcode: string): boolean {
  const normalised = normalisePostcode(postcode);
  if (!normalised) return false;
  switch (pattern.kind) {
    case 'exact':
      return normalised === pattern.postcode;
    case 'prefix':
      return normalised.startsWith(pattern.prefix);
    case 'range': {
      const leading = normalised.slice(0, pattern.digits);
      if (!/^\d+$/.test(leading) || leading.length < pattern.digits) return false;
      const value = Number(leading);
      return value >= pattern.from && value <= pattern.to;
    }
  }
}
