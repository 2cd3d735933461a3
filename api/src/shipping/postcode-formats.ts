/**
 * The postcode shapes of the countries a European shop ships to most, so a typo is caught at checkout
 * rather than by the carrier. Other countries get a loose check (letters, digits, spaces, dashes).
 */
const FORMATS: Record<string, { pattern: RegExp; example: string }> = {
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: '1012 AB' },
  BE: { pattern: /^\d{4}$/, example: '1000' },
  LU: { pattern: /^(L-)?\d{4}$/, example: '1111' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  ES: { pattern: /^\d{5}$/, example: '28001' },
  IT: { pattern: /^\d{5}$/, example: '00118' },
  AT: { pattern: /^\d{4}$/, example: '1010' },
  CH: { pattern: /^\d{4}$/, example: '8001' },
  DK: { pattern: /^\d{4}$/, example: '1050' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '111 22' },
  PL: { pattern: /^\d{2}-\d{3}$/, example: '00-001' },
  PT: { pattern: /^\d{4}-\d{3}$/, example: '1000-001' },
  IE: { pattern: /^[A-Z]\d[\dW] ?[A-Z\d]{4}$/, example: 'D02 X285' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '10001' },
  CA: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, example: 'K1A 0B1' },
  AU: { pattern: /^\d{4}$/, example: '2000' },
};

const LOOSE = /^[A-Z\d][A-Z\d -]{1,10}$/;

/** Why `postcode` cannot be one of `country`, or null when it can. Case and surrounding spaces do not matter. */
export function postcodeProblem(country: string, postcode: string): string | null {
  const value = postcode.trim().toUpperCase();
  const format = FORMATS[country.toUpperCase()];
  if (format) return format.pattern.test(value) ? null : `is not a postcode of ${country.toUpperCase()} (like ${format.example})`;
  return LOOSE.test(value) ? null : 'must be letters, digits, spaces or dashes';
}
