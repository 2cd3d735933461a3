import { canonicalPostcodePattern, matchesPostcode, normalisePostcode, parsePostcodePattern, PostcodePattern } from './postcode-patterns';

function pattern(raw: string): PostcodePattern {
  const parsed = parsePostcodePattern(raw);
  if ('error' in parsed) throw new Error(`${raw}: ${parsed.error}`);
  return parsed;
}

const matches = (raw: string, postcode: string) => matchesPostcode(pattern(raw), postcode);

describe('postcode patterns', () => {
  it('compares without case, spaces or hyphens', () => {
    expect(normalisePostcode(' sw1a 1aa ')).toBe('SW1A1AA');
    expect(normalisePostcode('00-950')).toBe('00950');
  });

  describe('exact', () => {
    it('matches the same postcode however it is written', () => {
      expect(pattern('SW1A 1AA')).toEqual({ kind: 'exact', postcode: 'SW1A1AA' });
      expect(matches('SW1A 1AA', 'sw1a1aa')).toBe(true);
      expect(matches('SW1A 1AA', ' SW1A  1AA')).toBe(true);
      expect(matches('00950', '00-950')).toBe(true);
    });

    it('does not match another or a longer postcode', () => {
      expect(matches('SW1A 1AA', 'SW1A 1AB')).toBe(false);
      expect(matches('1012', '1012 AB')).toBe(false);
      expect(matches('1012', '')).toBe(false);
    });
  });

  describe('prefix', () => {
    it('matches every postcode that starts with it', () => {
      expect(pattern('75*')).toEqual({ kind: 'prefix', prefix: '75' });
      expect(matches('75*', '75001')).toBe(true);
      expect(matches('75*', '75')).toBe(true);
      expect(matches('sw1a *', 'SW1A 2AA')).toBe(true);
      expect(matches('75*', '77500')).toBe(false);
      expect(matches('75*', '')).toBe(false);
    });
  });

  describe('range', () => {
    it('takes postcodes whose leading digits lie within it, ends included', () => {
      expect(pattern('1000-1099')).toEqual({ kind: 'range', from: 1000, to: 1099, digits: 4 });
      expect(matches('1000-1099', '1000 AA')).toBe(true);
      expect(matches('1000-1099', '1012AB')).toBe(true);
      expect(matches('1000-1099', '1099 ZZ')).toBe(true);
      expect(matches('1000-1099', '0999 ZZ')).toBe(false);
      expect(matches('1000-1099', '1100 AA')).toBe(false);
    });

    it('keeps leading zeros and reads the first digits of a longer postcode', () => {
      expect(matches('0100-0199', '0150')).toBe(true);
      expect(matches('0100-0199', '150')).toBe(false);
      expect(matches('90000-96199', '90210-1234')).toBe(true);
    });

    it('does not match postcodes that do not start with enough digits', () => {
      expect(matches('1000-1099', '10')).toBe(false);
      expect(matches('1000-1099', 'AB1012')).toBe(false);
      expect(matches('1000-1099', '10A1')).toBe(false);
    });

    it('accepts spaces around the hyphen', () => {
      expect(pattern('1000 - 1099')).toEqual({ kind: 'range', from: 1000, to: 1099, digits: 4 });
    });
  });

  it('refuses what is not a pattern, saying why', () => {
    const errorOf = (raw: string) => {
      const parsed = parsePostcodePattern(raw);
      return 'error' in parsed ? parsed.error : null;
    };
    expect(errorOf('')).toBe('must not be empty');
    expect(errorOf('   ')).toBe('must not be empty');
    expect(errorOf('*')).toBe('needs at least one character before the *');
    expect(errorOf('1*2')).toMatch(/\* only at the end/);
    expect(errorOf('10%')).toMatch(/letters, digits/);
    expect(errorOf('-')).toBe('needs at least one letter or digit');
    expect(errorOf('1099-1000')).toBe('the start of a range must not be after its end');
    expect(errorOf('00-950')).toMatch(/same number of digits/);
    expect(errorOf('A'.repeat(21))).toMatch(/at most 20 characters/);
  });

  it('stores patterns in one canonical form', () => {
    expect(canonicalPostcodePattern(' sw1a  1aa ')).toBe('SW1A 1AA');
    expect(canonicalPostcodePattern('0100 - 0199')).toBe('0100-0199');
    expect(canonicalPostcodePattern('sw1a *')).toBe('SW1A*');
  });
});
