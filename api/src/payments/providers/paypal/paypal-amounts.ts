import { minorUnits } from '../../../platform/money/money';

/** PayPal's `{ currency_code, value }`: a decimal string in the currency's major unit. */
export interface PayPalAmount {
  currency_code: string;
  value: string;
}

/** 1234 EUR → "12.34", 1999 JPY → "1999", by string arithmetic: no float ever touches the amount. */
export function toPayPalValue(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor) || minor < 0) throw new Error(`not an amount in minor units: ${minor}`);
  const digits = minorUnits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export function toPayPalAmount(minor: number, currency: string): PayPalAmount {
  return { currency_code: currency, value: toPayPalValue(minor, currency) };
}

/** "12.3" EUR → 1230; refuses more decimals than the currency has, or anything that is not a plain decimal. */
export function fromPayPalValue(value: string, currency: string): number {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  const digits = minorUnits(currency);
  if (!match || (match[2] ?? '').length > digits) throw new Error(`not a ${currency} amount: ${value}`);
  const minor = Number(`${match[1]}${(match[2] ?? '').padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) throw new Error(`amount out of range: ${value}`);
  return minor;
}

export function fromPayPalAmount(amount: PayPalAmount | undefined): number | null {
  return amount ? fromPayPalValue(amount.value, amount.currency_code) : null;
}
