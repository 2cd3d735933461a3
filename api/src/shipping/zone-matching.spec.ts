import { regionMatches } from './regions';
import { matchZone, ZoneRule } from './zone-matching';

type Zone = ZoneRule & { name: string };

const zone = (name: string, countries: string[], extra: Partial<ZoneRule> = {}): Zone => ({
  name,
  countries,
  regions: [],
  postcodePatterns: [],
  ...extra,
});

const nameOf = (zones: Zone[], destination: Parameters<typeof matchZone>[1]) => matchZone(zones, destination)?.name ?? null;

describe('matchZone', () => {
  const netherlands = zone('Netherlands', ['NL']);
  const benelux = zone('Benelux', ['NL', 'BE', 'LU']);
  const northHolland = zone('Noord-Holland', ['NL'], { regions: ['NL-NH'] });
  const amsterdam = zone('Amsterdam', ['NL'], { postcodePatterns: ['1000-1109'] });
  const world = [benelux, netherlands, northHolland, amsterdam];

  it('finds no zone for a country no zone lists', () => {
    expect(nameOf(world, { country: 'DE' })).toBeNull();
    expect(nameOf([], { country: 'NL' })).toBeNull();
  });

  it('takes a zone of countries for any address in them', () => {
    expect(nameOf([benelux], { country: 'BE', region: 'BE-VAN', postcode: '2000' })).toBe('Benelux');
    expect(nameOf([benelux], { country: 'nl ' })).toBe('Benelux');
  });

  it('prefers a postcode match over a region match over countries only', () => {
    expect(nameOf(world, { country: 'NL', region: 'NL-NH', postcode: '1012 AB' })).toBe('Amsterdam');
    expect(nameOf(world, { country: 'NL', region: 'NL-NH', postcode: '2011 AA' })).toBe('Noord-Holland');
    expect(nameOf(world, { country: 'NL', region: 'NL-ZH', postcode: '2511 AA' })).toBe('Netherlands');
    expect(nameOf(world, { country: 'BE' })).toBe('Benelux');
  });

  it('does not care about the order of the zones', () => {
    expect(nameOf([...world].reverse(), { country: 'NL', region: 'NL-NH', postcode: '1012 AB' })).toBe('Amsterdam');
    expect(nameOf([...world].reverse(), { country: 'NL' })).toBe('Netherlands');
  });

  it('leaves out a zone with regions or postcodes when the address has none that match', () => {
    expect(nameOf([northHolland, amsterdam], { country: 'NL' })).toBeNull();
    expect(nameOf([northHolland], { country: 'NL', region: 'Utrecht' })).toBeNull();
    expect(nameOf([amsterdam], { country: 'NL', postcode: '3511 AA' })).toBeNull();
  });

  it('needs both the region and the postcode of a zone that lists both, and ranks it above either', () => {
    const both = zone('Amsterdam in Noord-Holland', ['NL'], { regions: ['NL-NH'], postcodePatterns: ['10*'] });
    expect(nameOf([both, amsterdam, northHolland], { country: 'NL', region: 'NL-NH', postcode: '1012' })).toBe(
      'Amsterdam in Noord-Holland',
    );
    expect(nameOf([both], { country: 'NL', region: 'NL-UT', postcode: '1012' })).toBeNull();
    expect(nameOf([both], { country: 'NL', region: 'NL-NH', postcode: '3511' })).toBeNull();
  });

  it('prefers an exact postcode over a prefix or range', () => {
    const paris = zone('Paris', ['FR'], { postcodePatterns: ['75*'] });
    const louvre = zone('Louvre', ['FR'], { postcodePatterns: ['75001'] });
    expect(nameOf([paris, louvre], { country: 'FR', postcode: '75001' })).toBe('Louvre');
    expect(nameOf([paris, louvre], { country: 'FR', postcode: '75002' })).toBe('Paris');
  });

  it('prefers the zone with fewer countries among equals, then the lower position', () => {
    expect(nameOf([benelux, netherlands], { country: 'NL' })).toBe('Netherlands');
    const first = zone('First', ['NL'], { position: 2 });
    const second = zone('Second', ['NL'], { position: 1 });
    expect(nameOf([first, second], { country: 'NL' })).toBe('Second');
    expect(nameOf([zone('A', ['NL']), zone('B', ['NL'])], { country: 'NL' })).toBe('A');
  });

  it('ignores a stored pattern that no longer parses rather than failing', () => {
    expect(nameOf([zone('Odd', ['NL'], { postcodePatterns: ['1*2', '10*'] })], { country: 'NL', postcode: '1012' })).toBe('Odd');
  });
});

describe('regions', () => {
  it('match a subdivision code, given in full or without its country', () => {
    expect(regionMatches('NL-NH', 'NL', 'NL-NH')).toBe(true);
    expect(regionMatches('NL-NH', 'NL', 'nl-nh')).toBe(true);
    expect(regionMatches('US-CA', 'US', 'CA')).toBe(true);
    expect(regionMatches('US-CA', 'CA', 'CA')).toBe(false);
    expect(regionMatches('US-CA', 'US', 'NY')).toBe(false);
  });

  it('match free names without case, accents or extra spaces', () => {
    expect(regionMatches('Île-de-France', 'FR', 'ile-de-france')).toBe(true);
    expect(regionMatches('Noord Holland', 'NL', '  noord   holland ')).toBe(true);
    expect(regionMatches('Noord-Holland', 'NL', 'Zuid-Holland')).toBe(false);
    expect(regionMatches('Noord-Holland', 'NL', '')).toBe(false);
  });
});
