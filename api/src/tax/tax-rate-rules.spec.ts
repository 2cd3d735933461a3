import { checkTaxRate, normaliseTaxRate, percentToPpm, pickRate, ppmToPercent, TaxRateDraft, TaxRateField } from './tax-rate-rules';

const rate = (country: string, region: string | null, ratePpm: number, name = `${country} ${region ?? ''}`): TaxRateDraft => ({
  country,
  region,
  name,
  ratePpm,
  display: 'exclusive',
  taxShipping: true,
});
const all = new Set<TaxRateField>(['country', 'region', 'name', 'ratePpm', 'display', 'taxShipping']);

describe('tax rate rules', () => {
  it('turns percents into parts per million without float drift, and back', () => {
    expect(percentToPpm(21)).toBe(210_000);
    expect(percentToPpm(8.875)).toBe(88_750);
    expect(percentToPpm(0.1)).toBe(1_000);
    expect(percentToPpm(9.4375)).toBe(94_375);
    expect(ppmToPercent(88_750)).toBe(8.875);
  });

  it('names a bad country, a blank name and a region of another country', () => {
    expect(checkTaxRate(rate('NL', null, 210_000), all)).toEqual([]);
    expect(checkTaxRate(rate('US', 'US-NY', 88_750), all)).toEqual([]);
    expect(checkTaxRate({ ...rate('nl', null, 210_000), name: ' ' }, all)).toEqual([
      { pointer: '/country', detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' },
      { pointer: '/name', detail: 'must not be blank' },
    ]);
    expect(checkTaxRate(rate('DE', 'us-ny', 88_750), all)).toEqual([{ pointer: '/region', detail: 'US-NY lies in US, not in DE' }]);
    expect(checkTaxRate(rate('DE', 'US-NY', 88_750), new Set(['country']))).toEqual([
      { pointer: '/country', detail: 'US-NY lies in US, not in DE' },
    ]);
    expect(checkTaxRate(rate('US', '  ', 0), all)).toEqual([
      { pointer: '/region', detail: 'must not be blank; send null for the whole country' },
    ]);
  });

  it('stores region codes upper-case and names tidied', () => {
    expect(normaliseTaxRate({ ...rate('US', ' us-ny ', 88_750), name: ' NYC ' })).toMatchObject({ region: 'US-NY', name: 'NYC' });
    expect(normaliseTaxRate(rate('ES', ' Islas   Canarias ', 70_000)).region).toBe('Islas Canarias');
  });

  describe('picking the rate of a destination', () => {
    const rates = [rate('US', null, 0), rate('US', 'US-NY', 88_750), rate('US', 'California', 72_500), rate('NL', null, 210_000)];

    it('lets the region rate win over the country rate', () => {
      expect(pickRate(rates, { country: 'US', region: 'US-NY' })?.ratePpm).toBe(88_750);
      expect(pickRate(rates, { country: 'US', region: 'ny' })?.ratePpm).toBe(88_750);
      expect(pickRate(rates, { country: 'us', region: ' california ' })?.ratePpm).toBe(72_500);
    });

    it('falls back to the country rate for another region or none', () => {
      expect(pickRate(rates, { country: 'US', region: 'US-TX' })?.ratePpm).toBe(0);
      expect(pickRate(rates, { country: 'US' })).toMatchObject({ region: null });
      expect(pickRate(rates, { country: 'NL', region: 'NL-NH' })?.ratePpm).toBe(210_000);
    });

    it('matches a region the store named by its short code against a full code in the address', () => {
      expect(pickRate([rate('CA', 'QC', 149_750)], { country: 'CA', region: 'CA-QC' })?.ratePpm).toBe(149_750);
    });

    it('finds nothing for a country without rates, nor a region of another country', () => {
      expect(pickRate(rates, { country: 'JP' })).toBeNull();
      expect(pickRate([rate('US', 'US-NY', 88_750)], { country: 'US', region: 'CA-NY' })).toBeNull();
    });
  });
});
