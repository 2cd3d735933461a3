/** What the API makes of an amount: the percent applied, rounded half up to the minor unit, never below 0. */
export function adjustedAmount(amountMinor: number, percentHundredths: number): number {
  // Integers until the one division, so the rounding matches the API's numeric arithmetic.
  return Math.max(0, Math.round((amountMinor * (10_000 + percentHundredths)) / 10_000));
}
