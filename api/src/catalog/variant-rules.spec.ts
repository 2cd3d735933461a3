import { optionErrors, variantErrors, variantTitle } from './variant-rules';

const options = [
  { name: 'Size', values: ['S', 'M'] },
  { name: 'Colour', values: ['Navy', 'Grey'] },
];

describe('variant rules', () => {
  it('accepts a coherent set', () => {
    expect(
      variantErrors(options, [
        { sku: 'A', options: { Size: 'S', Colour: 'Navy' } },
        { sku: 'B', options: { Size: 'M', Colour: 'Navy' } },
      ]),
    ).toEqual([]);
  });

  it('names missing, unknown and foreign option values', () => {
    expect(variantErrors(options, [{ sku: 'A', options: { Size: 'XL', Fit: 'Slim' } }])).toEqual([
      { pointer: '/variants/0/options/Size', detail: 'must be one of S, M' },
      { pointer: '/variants/0/options', detail: 'needs a value for Colour' },
      { pointer: '/variants/0/options/Fit', detail: 'is not an option of this product' },
    ]);
  });

  it('refuses repeated combinations, SKUs (case-insensitively) and currencies', () => {
    const errors = variantErrors(options, [
      { sku: 'abc', options: { Size: 'S', Colour: 'Navy' }, prices: [{ currency: 'EUR' }, { currency: 'EUR' }] },
      { sku: 'ABC', options: { Size: 'S', Colour: 'Navy' } },
    ]);
    expect(errors).toEqual([
      { pointer: '/variants/0/prices', detail: 'has two prices in one currency' },
      { pointer: '/variants/1/options', detail: 'repeats the options of another variant' },
      { pointer: '/variants/1/sku', detail: 'repeats the SKU of another variant' },
    ]);
  });

  it('checks a new variant against the existing ones', () => {
    const existing = [{ combination: 'S\u0000Navy', sku: 'A' }];
    expect(variantErrors(options, [{ sku: 'A', options: { Size: 'S', Colour: 'Navy' } }], existing).map((e) => e.detail)).toEqual([
      'repeats the options of another variant',
      'repeats the SKU of another variant',
    ]);
  });

  it('allows one default variant for a product without options, but not two', () => {
    expect(variantErrors([], [{ sku: 'A' }])).toEqual([]);
    expect(variantErrors([], [{ sku: 'A' }, { sku: 'B' }])).toEqual([
      { pointer: '/variants/1/options', detail: 'repeats the options of another variant' },
    ]);
  });

  it('refuses repeated option names and values', () => {
    expect(
      optionErrors([
        { name: 'Size', values: ['S', 'S'] },
        { name: 'size', values: [] },
      ]),
    ).toEqual([
      { pointer: '/options/0/values', detail: 'must not repeat a value' },
      { pointer: '/options/1/name', detail: 'repeats the option size' },
      { pointer: '/options/1/values', detail: 'must have at least one value' },
    ]);
  });

  it('titles variants by their values in option order', () => {
    expect(variantTitle(options, { Colour: 'Navy', Size: 'M' })).toBe('M / Navy');
    expect(variantTitle([], {})).toBe('Default');
  });
});
