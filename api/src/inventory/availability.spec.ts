import { Availability, productAvailability, variantAvailability, VariantStockSettings } from './availability';

const tracked: VariantStockSettings = { trackInventory: true, allowBackorder: false, lowStockThreshold: 5, backorderExpectedAt: null };
const inStock: Availability = { status: 'in_stock', available: null, expectedAt: null };
const outOfStock: Availability = { status: 'out_of_stock', available: null, expectedAt: null };
const low = (available: number): Availability => ({ status: 'low_stock', available, expectedAt: null });
const backorder = (expectedAt: string | null = null): Availability => ({ status: 'backorder', available: null, expectedAt });

describe('variantAvailability', () => {
  it('calls a variant that is not tracked in stock, whatever the count', () => {
    for (const available of [-10, 0, 1, 5, 100]) {
      expect(variantAvailability({ ...tracked, trackInventory: false }, available)).toEqual(inStock);
      expect(variantAvailability({ ...tracked, trackInventory: false, allowBackorder: true }, available)).toEqual(inStock);
    }
  });

  it('is in stock above the threshold, without revealing the count', () => {
    expect(variantAvailability(tracked, 6)).toEqual(inStock);
    expect(variantAvailability(tracked, 10_000)).toEqual(inStock);
  });

  it('is low stock exactly at the threshold and below it, with the count', () => {
    expect(variantAvailability(tracked, 5)).toEqual(low(5));
    expect(variantAvailability(tracked, 3)).toEqual(low(3));
    expect(variantAvailability(tracked, 1)).toEqual(low(1));
  });

  it('never says low stock with a threshold of 0: one left is simply in stock', () => {
    const noWarning = { ...tracked, lowStockThreshold: 0 };
    expect(variantAvailability(noWarning, 1)).toEqual(inStock);
    expect(variantAvailability(noWarning, 0)).toEqual(outOfStock);
  });

  it('is out of stock at zero and when reservations exceed what is on hand', () => {
    expect(variantAvailability(tracked, 0)).toEqual(outOfStock);
    expect(variantAvailability(tracked, -3)).toEqual(outOfStock);
  });

  it('offers a backorder at zero or below when allowed, with the expected date when there is one', () => {
    const backorders = { ...tracked, allowBackorder: true };
    expect(variantAvailability(backorders, 0)).toEqual(backorder());
    expect(variantAvailability(backorders, -7)).toEqual(backorder());
    expect(variantAvailability({ ...backorders, backorderExpectedAt: '2027-03-01' }, 0)).toEqual(backorder('2027-03-01'));
    expect(variantAvailability({ ...backorders, backorderExpectedAt: '2027-03-01T00:00:00.000Z' }, 0)).toEqual(backorder('2027-03-01'));
    expect(variantAvailability({ ...backorders, backorderExpectedAt: 'soon' }, 0)).toEqual(backorder(null));
  });

  it('sells what is there before offering a backorder', () => {
    const backorders = { ...tracked, allowBackorder: true, backorderExpectedAt: '2027-03-01' };
    expect(variantAvailability(backorders, 2)).toEqual(low(2));
    expect(variantAvailability(backorders, 20)).toEqual(inStock);
  });

  it('gives an expected date only with a backorder', () => {
    expect(variantAvailability({ ...tracked, backorderExpectedAt: '2027-03-01' }, 0)).toEqual(outOfStock);
    expect(variantAvailability({ ...tracked, backorderExpectedAt: '2027-03-01' }, 9)).toEqual(inStock);
  });
});

describe('productAvailability', () => {
  it('is out of stock without variants', () => {
    expect(productAvailability([])).toEqual(outOfStock);
  });

  it('takes the best any variant offers: in stock, then low stock, then backorder, then out of stock', () => {
    expect(productAvailability([outOfStock, low(2), inStock, backorder()])).toEqual(inStock);
    expect(productAvailability([outOfStock, backorder('2027-01-01'), low(2)])).toEqual(low(2));
    expect(productAvailability([outOfStock, backorder('2027-01-01')])).toEqual(backorder('2027-01-01'));
    expect(productAvailability([outOfStock, outOfStock])).toEqual(outOfStock);
  });

  it('among low-stock variants, reports the one with the most left', () => {
    expect(productAvailability([low(1), low(4), low(2)])).toEqual(low(4));
  });

  it('among backorders, reports the earliest known date', () => {
    expect(productAvailability([backorder(null), backorder('2027-05-01'), backorder('2027-02-01')])).toEqual(backorder('2027-02-01'));
    expect(productAvailability([backorder(null), backorder(null)])).toEqual(backorder(null));
  });

  it('answers a copy, not one of its arguments', () => {
    const only = low(3);
    const answer = productAvailability([only]);
    expect(answer).toEqual(only);
    expect(answer).not.toBe(only);
  });
});
