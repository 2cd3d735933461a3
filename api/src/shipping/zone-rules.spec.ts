import { checkZone, normaliseZone, ZoneDraft, ZoneField } from './zone-rules';

const zone: ZoneDraft = { name: 'Netherlands', countries: ['NL'], regions: [], postcodePatterns: [], position: 0 };
const everything = new Set<ZoneField>(['name', 'countries', 'regions', 'postcodePatterns', 'position']);
const errors = (draft: Partial<ZoneDraft>, given: ReadonlySet<ZoneField> = everything) => checkZone({ ...zone, ...draft }, given);

describe('checkZone', () => {
  it('accepts countries, subdivision codes, free region names and patterns', () => {
    expect(
      errors({
        countries: ['NL', 'BE', 'XK'],
        regions: ['NL-NH', 'BE-VAN', 'Noord-Brabant'],
        postcodePatterns: ['1000-1099', '75*', 'SW1A 1AA'],
      }),
    ).toEqual([]);
  });

  it('refuses unknown, lowercase and repeated country codes, naming each', () => {
    expect(errors({ countries: ['NL', 'nl', 'EU', 'NL', 'NLD'] })).toEqual([
      { pointer: '/countries/1', detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' },
      { pointer: '/countries/2', detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' },
      { pointer: '/countries/3', detail: 'is listed twice' },
      { pointer: '/countries/4', detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' },
    ]);
  });

  it('refuses a subdivision code outside the zone countries', () => {
    expect(errors({ regions: ['NL-NH', 'DE-BE'] })).toEqual([
      { pointer: '/regions/1', detail: "DE-BE lies in DE, which is not one of the zone's countries" },
    ]);
  });

  it('blames the countries when they changed under regions the request left alone', () => {
    expect(errors({ countries: ['BE'], regions: ['NL-NH'] }, new Set<ZoneField>(['countries']))).toEqual([
      { pointer: '/countries', detail: "NL-NH lies in NL, which is not one of the zone's countries" },
    ]);
  });

  it('refuses blank and repeated regions, whatever their case or accents', () => {
    expect(errors({ regions: ['Île-de-France', ' ', 'ile-de-france'] }).map((e) => [e.pointer, e.detail])).toEqual([
      ['/regions/1', 'must not be blank'],
      ['/regions/2', 'is listed twice'],
    ]);
  });

  it('names each bad postcode pattern with its reason', () => {
    expect(errors({ postcodePatterns: ['1000-1099', '1099-1000', '7*5', '75*', '75 *'] })).toEqual([
      { pointer: '/postcodePatterns/1', detail: 'the start of a range must not be after its end' },
      { pointer: '/postcodePatterns/2', detail: 'may hold letters, digits, spaces and hyphens, and a * only at the end' },
      { pointer: '/postcodePatterns/4', detail: 'is listed twice' },
    ]);
  });

  it('refuses a blank name', () => {
    expect(errors({ name: '  ' })).toEqual([{ pointer: '/name', detail: 'must not be blank' }]);
  });
});

describe('normaliseZone', () => {
  it('trims, uppercases codes and stores patterns in canonical form', () => {
    expect(
      normaliseZone({
        name: ' Randstad ',
        countries: ['NL'],
        regions: [' nl-nh', 'Zuid  Holland '],
        postcodePatterns: ['sw1a 1aa', '10 *'],
        position: 3,
      }),
    ).toEqual({
      name: 'Randstad',
      countries: ['NL'],
      regions: ['NL-NH', 'Zuid Holland'],
      postcodePatterns: ['SW1A 1AA', '10*'],
      position: 3,
    });
  });
});
