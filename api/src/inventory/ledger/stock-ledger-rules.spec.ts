import { assertChangeAllowed, assertMovementShape, compareLockOrder, NetChange, netChanges } from './stock-ledger-rules';
import { InsufficientStock, ReservationExceeded, StockOutOfRange } from './stock-errors';
import { MovementInput, StockLevelState } from './stock-movement';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const system = { type: 'system' as const, id: null };

const level = (state: Partial<StockLevelState> = {}): StockLevelState => {
  const base = {
    variantId: A,
    sku: 'TEE-M',
    productId: C,
    productTitle: 'Tee',
    variantTitle: 'M',
    locationId: B,
    locationName: 'Main',
    onHand: 5,
    reserved: 0,
    lowStockThreshold: 2,
    trackInventory: true,
    allowBackorder: false,
    updatedAt: new Date(0),
    ...state,
  };
  return { ...base, available: base.onHand - base.reserved };
};
const change = (onHandDelta: number, reservedDelta = 0): NetChange => ({ variantId: A, locationId: B, onHandDelta, reservedDelta });
const movement = (m: Partial<MovementInput>): MovementInput => ({
  variantId: A,
  locationId: B,
  kind: 'adjusted',
  onHandDelta: 1,
  reservedDelta: 0,
  actor: system,
  ...m,
});

function thrown(work: () => void): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the stock ledger rules', () => {
  it('sums the movements of each level and sorts the levels by location, then variant', () => {
    const changes = netChanges([
      movement({ variantId: B, locationId: C, kind: 'reserved', onHandDelta: 0, reservedDelta: 2 }),
      movement({ variantId: A, locationId: C, onHandDelta: 4 }),
      movement({ variantId: B, locationId: C, kind: 'sold', onHandDelta: -2, reservedDelta: -2 }),
      movement({ variantId: C, locationId: A, onHandDelta: 1 }),
    ]);
    expect(changes).toEqual([
      { variantId: C, locationId: A, onHandDelta: 1, reservedDelta: 0 },
      { variantId: A, locationId: C, onHandDelta: 4, reservedDelta: 0 },
      { variantId: B, locationId: C, onHandDelta: -2, reservedDelta: 0 },
    ]);
    expect(compareLockOrder({ variantId: A, locationId: A }, { variantId: A, locationId: A })).toBe(0);
  });

  it('knows which way each kind moves a level, and refuses movements that tell a wrong story', () => {
    const valid: Partial<MovementInput>[] = [
      { kind: 'received', onHandDelta: 3 },
      { kind: 'returned', onHandDelta: 1 },
      { kind: 'sold', onHandDelta: -1 },
      { kind: 'sold', onHandDelta: -2, reservedDelta: -2 },
      { kind: 'reserved', onHandDelta: 0, reservedDelta: 2 },
      { kind: 'released', onHandDelta: 0, reservedDelta: -2 },
      { kind: 'transfer_in', onHandDelta: 2 },
      { kind: 'transfer_out', onHandDelta: -2 },
      { kind: 'adjusted', onHandDelta: -9 },
      { kind: 'adjusted', onHandDelta: 0 },
    ];
    for (const m of valid) expect(thrown(() => assertMovementShape(movement(m)))).toBeUndefined();
    const invalid: Partial<MovementInput>[] = [
      { kind: 'received', onHandDelta: -3 },
      { kind: 'received', onHandDelta: 0 },
      { kind: 'sold', onHandDelta: 1 },
      { kind: 'sold', onHandDelta: -1, reservedDelta: 1 },
      { kind: 'reserved', onHandDelta: -1, reservedDelta: 1 },
      { kind: 'released', onHandDelta: 0, reservedDelta: 1 },
      { kind: 'transfer_out', onHandDelta: 2 },
      { kind: 'adjusted', onHandDelta: 1, reservedDelta: 1 },
      { kind: 'adjusted', onHandDelta: 1.5 },
      { kind: 'adjusted', onHandDelta: Number.NaN },
      { kind: 'bogus' as never },
      { actor: { type: 'staff', id: null } },
    ];
    for (const m of invalid) expect(thrown(() => assertMovementShape(movement(m)))).toBeInstanceOf(Error);
  });

  it('refuses taking available below zero for a tracked variant without backorders, naming the SKU and the count', () => {
    const error = thrown(() => assertChangeAllowed(level({ onHand: 5, reserved: 2 }), change(0, 4)));
    expect(error).toBeInstanceOf(InsufficientStock);
    expect((error as Error).message).toBe('Only 3 of TEE-M at Main available; 4 needed.');
    expect(thrown(() => assertChangeAllowed(level({ onHand: 5, reserved: 2 }), change(0, 3)))).toBeUndefined();
    expect(thrown(() => assertChangeAllowed(level({ onHand: 5 }), change(-6)))).toBeInstanceOf(InsufficientStock);
    expect(thrown(() => assertChangeAllowed(level({ onHand: 5 }), change(-5)))).toBeUndefined();
  });

  it('refuses selling reserved stock that is not on hand', () => {
    expect(thrown(() => assertChangeAllowed(level({ onHand: 1, reserved: 2 }), change(-2, -2)))).toBeInstanceOf(InsufficientStock);
    expect(thrown(() => assertChangeAllowed(level({ onHand: 2, reserved: 2 }), change(-2, -2)))).toBeUndefined();
  });

  it('lets untracked variants and variants with backorders go below zero', () => {
    expect(thrown(() => assertChangeAllowed(level({ trackInventory: false, onHand: 0 }), change(-3)))).toBeUndefined();
    expect(thrown(() => assertChangeAllowed(level({ allowBackorder: true, onHand: 0 }), change(0, 3)))).toBeUndefined();
  });

  it('only refuses changes that make things worse: a level already short may still receive', () => {
    const short = level({ onHand: 1, reserved: 6 });
    expect(thrown(() => assertChangeAllowed(short, change(2)))).toBeUndefined();
    expect(thrown(() => assertChangeAllowed(short, change(0, -1)))).toBeUndefined();
    expect(thrown(() => assertChangeAllowed(short, change(-1)))).toBeInstanceOf(InsufficientStock);
  });

  it('never releases more than is reserved, whatever the variant settings', () => {
    const error = thrown(() => assertChangeAllowed(level({ reserved: 1, trackInventory: false }), change(0, -2)));
    expect(error).toBeInstanceOf(ReservationExceeded);
    expect((error as Error).message).toContain('Only 1 of TEE-M at Main are reserved');
  });

  it('keeps levels within what the database column can hold', () => {
    expect(thrown(() => assertChangeAllowed(level({ onHand: 2_147_483_000 }), change(1000)))).toBeInstanceOf(StockOutOfRange);
    expect(thrown(() => assertChangeAllowed(level({ onHand: 2_147_483_000 }), change(647)))).toBeUndefined();
  });
});
