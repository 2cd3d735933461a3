import fc from 'fast-check';
import { fromPayPalValue, toPayPalValue } from './paypal-amounts';

describe('PayPal amounts', () => {
  it('writes minor units as PayPal decimal strings', () => {
    expect(toPayPalValue(1234, 'EUR')).toBe('12.34');
    expect(toPayPalValue(5, 'EUR')).toBe('0.05');
    expect(toPayPalValue(0, 'EUR')).toBe('0.00');
    expect(toPayPalValue(1999, 'JPY')).toBe('1999');
    expect(toPayPalValue(1999, 'KWD')).toBe('1.999');
    expect(() => toPayPalValue(1.5, 'EUR')).toThrow();
  });

  it('reads them back without floats, and refuses what is not an amount', () => {
    expect(fromPayPalValue('12.34', 'EUR')).toBe(1234);
    expect(fromPayPalValue('12.3', 'EUR')).toBe(1230);
    expect(fromPayPalValue('12', 'EUR')).toBe(1200);
    expect(fromPayPalValue('1999', 'JPY')).toBe(1999);
    expect(() => fromPayPalValue('12.345', 'EUR')).toThrow();
    expect(() => fromPayPalValue('1e3', 'EUR')).toThrow();
    expect(() => fromPayPalValue('-1.00', 'EUR')).toThrow();
  });

  it('round-trips every amount', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000_000 }), fc.constantFrom('EUR', 'JPY', 'KWD'), (minor, currency) => {
        expect(fromPayPalValue(toPayPalValue(minor, currency), currency)).toBe(minor);
      }),
    );
  });
});
