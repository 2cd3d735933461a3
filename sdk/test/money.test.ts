import { formatMoney, minorUnits } from '../src/index.js';

describe('money formatting', () => {
  it('places the decimal point by ISO 4217 minor units', () => {
    expect(formatMoney({ amount: 1999, currency: 'EUR' })).toBe('€19.99');
    expect(formatMoney({ amount: 1999, currency: 'JPY' })).toBe('¥1,999');
    expect(formatMoney({ amount: 1999, currency: 'KWD' })).toMatch(/^KWD\s1\.999$/);
    expect(minorUnits('IQD')).toBe(3);
  });

  it('drops a zero fraction only when asked', () => {
    expect(formatMoney({ amount: 5000, currency: 'EUR' }, { dropZeroFraction: true })).toBe('€50');
    expect(formatMoney({ amount: 5050, currency: 'EUR' }, { dropZeroFraction: true })).toBe('€50.50');
    expect(formatMoney({ amount: 5000, currency: 'EUR' }, { locale: 'de-DE' })).toMatch(/^50,00\s€$/);
  });
});
