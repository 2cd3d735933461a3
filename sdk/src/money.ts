/** An integer amount in the currency's minor units plus its ISO 4217 code, as the API sends it. */
export interface Money {
  amount: number;
  currency: string;
}

/**
 * ISO 4217 minor units where they are not 2, the same table as the API uses.
 * Intl's own digits come from CLDR, which differs for some currencies (IQD, LAK, RSD...), and would
 * misplace the decimal point of an amount the API counted in ISO minor units.
 */
const MINOR_UNITS: Record<string, number> = {
  BHD: 3,
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

export interface MoneyFormatOptions {
  locale?: string;
  /** "€50" rather than "€50.00", for round amounts in running text; prices keep their cents. */
  dropZeroFraction?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Digits after the decimal point in the currency's minor unit (2 for EUR, 0 for JPY, 3 for KWD). */
export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** `{ amount: 1999, currency: 'EUR' }` → "€19.99"; `{ amount: 1999, currency: 'JPY' }` → "¥1,999". */
export function formatMoney({ amount, currency }: Money, { locale = 'en', dropZeroFraction = false }: MoneyFormatOptions = {}): string {
  const digits = minorUnits(currency);
  const key = `${locale}:${currency}:${dropZeroFraction}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      trailingZeroDisplay: dropZeroFraction ? 'stripIfInteger' : 'auto',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(amount / 10 ** digits);
}
