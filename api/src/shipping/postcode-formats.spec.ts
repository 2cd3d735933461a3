import { postcodeProblem } from './postcode-formats';

describe('postcodeProblem', () => {
  it.each([
    ['NL', '1012 AB'],
    ['NL', '1012ab'],
    ['BE', '1000'],
    ['DE', '10115'],
    ['GB', 'sw1a 1aa'],
    ['GB', 'M1 1AE'],
    ['US', '10001-1234'],
    ['CA', 'K1A 0B1'],
    ['JP', '100-0001'],
  ])('accepts %s %s', (country, postcode) => expect(postcodeProblem(country, postcode)).toBeNull());

  it.each([
    ['NL', '1012', 'is not a postcode of NL (like 1012 AB)'],
    ['DE', '1011', 'is not a postcode of DE (like 10115)'],
    ['BE', '10000', 'is not a postcode of BE (like 1000)'],
    ['JP', '!', 'must be letters, digits, spaces or dashes'],
  ])('refuses %s %s', (country, postcode, problem) => expect(postcodeProblem(country, postcode)).toBe(problem));
});
