import { minorUnits } from '@tillpoint/sdk';

/**
 * "49.90" → 4990 (EUR), "1500" → 1500 (JPY): what a person types, in the currency's minor units.
 * Exact: the digits are moved as text, never multiplied as floating point. Null when it is not an
 * amount, or has more decimals than the currency has.
 */
export function parseMajorUnits(text: string, currency: string): number | null {
  const digits = minorUnits(currency);
  // Spaces and apostrophes group thousands in many locales; a comma may be the decimal mark.
  const match = /^(\d*)(?:[.,](\d*))?$/.exec(text.trim().replace(/[\s'’_]/g, ''));
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if ((whole === '' && fraction === '') || fraction.length > digits) return null;
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** 4990 → "49.90" (EUR): the form of an amount a person edits, without symbol or grouping. */
export function formatMajorUnits(amountMinor: number, currency: string): string {
  const digits = minorUnits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
