/** "-10", "+2.5", "12,75 %" → hundredths of a percent (-1000, 250, 1275); null when not such a number. */
export function parsePercentHundredths(text: string): number | null {
  const match = /^([-+−]?)(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\s|%/g, ''));
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' || sign === '−' ? -hundredths : hundredths;
}

/** 12.5 → "12.5%", 20 → "20%". */
export function formatPercent(percent: number): string {
  return `${percent.toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
}
