import fc from 'fast-check';
import { add, allocate, formatMoney, money, MoneyError, multiply, percentage, roundHalfUp, subtract, sum } from './money';

const eur = (amount: number) => money(amount, 'EUR');

describe('money', () => {
  it('refuses floats and malformed currencies', () => {
    expect(() => money(1.5, 'EUR')).toThrow(MoneyError);
    expect(() => money(100, 'eur')).toThrow(MoneyError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 2, 'EUR')).toThrow(MoneyError);
  });

  it('adds, subtracts and multiplies in one currency only', () => {
    expect(add(eur(150), eur(250))).toEqual(eur(400));
    expect(subtract(eur(150), eur(250))).toEqual(eur(-100));
    expect(multiply(eur(333), 3)).toEqual(eur(999));
    expect(sum([eur(1), eur(2), eur(3)], 'EUR')).toEqual(eur(6));
    expect(() => add(eur(1), money(1, 'USD'))).toThrow('cannot combine EUR with USD');
    expect(() => multiply(eur(1), 1.5)).toThrow(MoneyError);
  });

  it('rounds half away from zero', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp(1.005 * 100)).toBe(101);
  });

  it('takes a percentage in basis points without float drift', () => {
    expect(percentage(eur(1999), 1500)).toEqual(eur(300)); // 299.85 → 300
    expect(percentage(eur(1000), 333)).toEqual(eur(33)); // 33.3 → 33
    expect(percentage(eur(5), 1000)).toEqual(eur(1)); // 0.5 → 1
    expect(() => percentage(eur(5), 10.5)).toThrow(MoneyError);
  });

  it('allocates by largest remainder so the parts add up exactly', () => {
    expect(allocate(eur(100), [1, 1, 1])).toEqual([eur(34), eur(33), eur(33)]);
    expect(allocate(eur(1000), [1999, 2999, 5002])).toEqual([eur(200), eur(300), eur(500)]);
    expect(allocate(eur(-100), [1, 1, 1])).toEqual([eur(-34), eur(-33), eur(-33)]);
    expect(allocate(eur(5), [0, 0])).toEqual([eur(3), eur(2)]);
    expect(allocate(eur(5), [])).toEqual([]);
  });

  it('never loses or invents a cent, and never moves a part by more than one cent from its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocate(eur(total), weights);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(total);
          const weightSum = weights.reduce((s, w) => s + w, 0);
          if (weightSum > 0) parts.forEach((part, i) => expect(Math.abs(part.amount - (total * weights[i]) / weightSum)).toBeLessThan(1));
        },
      ),
    );
  });

  it('formats with the currency minor units', () => {
    expect(formatMoney(eur(1999), 'en')).toBe('€19.99');
    expect(formatMoney(money(1999, 'JPY'), 'en')).toBe('¥1,999');
    expect(formatMoney(money(1999, 'KWD'), 'en')).toMatch(/^KWD\s1\.999$/);
  });
});
