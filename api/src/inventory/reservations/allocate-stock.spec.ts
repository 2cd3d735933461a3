import fc from 'fast-check';
import { allocateStock, LevelOffer, WantedItem } from './allocate-stock';

const item = (variantId: string, quantity: number, extra: Partial<WantedItem> = {}): WantedItem => ({
  variantId,
  quantity,
  tracked: true,
  backorder: false,
  ...extra,
});

describe('allocateStock', () => {
  const offers: LevelOffer[] = [
    { variantId: 'v1', locationId: 'a', available: 2 },
    { variantId: 'v1', locationId: 'b', available: 5 },
    { variantId: 'v1', locationId: 'c', available: 3 },
  ];

  it('sends a line from one location when one has it all', () => {
    expect(allocateStock([item('v1', 3)], offers, null).allocations).toEqual([{ variantId: 'v1', locationId: 'b', quantity: 3 }]);
  });

  it('splits across locations, the fullest first, when none has it all', () => {
    expect(allocateStock([item('v1', 9)], offers, null).allocations).toEqual([
      { variantId: 'v1', locationId: 'b', quantity: 5 },
      { variantId: 'v1', locationId: 'c', quantity: 3 },
      { variantId: 'v1', locationId: 'a', quantity: 1 },
    ]);
  });

  it('reports a shortage and allocates nothing of that item', () => {
    const result = allocateStock([item('v1', 11), item('v2', 1, { tracked: false })], offers, null);
    expect(result).toEqual({ allocations: [], shortages: [{ variantId: 'v1', requested: 11, available: 10 }] });
  });

  it('books a backorder against the best location, or the fallback when the variant is nowhere', () => {
    expect(allocateStock([item('v1', 12, { backorder: true })], offers, 'z').allocations).toEqual([
      { variantId: 'v1', locationId: 'b', quantity: 7 },
      { variantId: 'v1', locationId: 'c', quantity: 3 },
      { variantId: 'v1', locationId: 'a', quantity: 2 },
    ]);
    expect(allocateStock([item('v9', 2, { backorder: true })], offers, 'z').allocations).toEqual([
      { variantId: 'v9', locationId: 'z', quantity: 2 },
    ]);
    expect(allocateStock([item('v9', 2, { backorder: true })], offers, null).shortages).toEqual([
      { variantId: 'v9', requested: 2, available: 0 },
    ]);
  });

  it('never takes more than a location has, and allocates exactly what was asked or reports it short', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3, max: 20 }), { minLength: 0, maxLength: 5 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (availables, quantity, backorder) => {
          const levels = availables.map((available, i) => ({ variantId: 'v', locationId: `l${i}`, available }));
          const { allocations, shortages } = allocateStock([item('v', quantity, { backorder })], levels, 'fallback');
          const taken = allocations.reduce((sum, a) => sum + a.quantity, 0);
          if (shortages.length) return taken === 0 && !backorder;
          const withinStock = allocations.every((a) => {
            const level = levels.find((l) => l.locationId === a.locationId);
            return backorder || (level !== undefined && a.quantity <= level.available);
          });
          return taken === quantity && withinStock && allocations.every((a) => a.quantity > 0);
        },
      ),
    );
  });
});
