import { InsufficientStock, ReservationExceeded, StockOutOfRange } from './stock-errors';
import { LevelKey, levelKey, MovementInput, MovementKind, StockLevelState } from './stock-movement';

/** The sum of the deltas a batch of movements makes to one level. */
export interface NetChange extends LevelKey {
  onHandDelta: number;
  reservedDelta: number;
}

type Sign = 'positive' | 'negative' | 'zero' | 'not positive' | 'any';

/**
 * The direction each kind moves a level. Callers are other domains' code, not clients: a movement
 * that breaks this is a bug, so it fails loudly rather than writing a ledger that tells a wrong story.
 */
const DIRECTIONS: Record<MovementKind, { onHand: Sign; reserved: Sign }> = {
  received: { onHand: 'positive', reserved: 'zero' },
  returned: { onHand: 'positive', reserved: 'zero' },
  // Selling stock that a cart reserved takes it off the shelf and out of the reservation at once.
  sold: { onHand: 'negative', reserved: 'not positive' },
  reserved: { onHand: 'zero', reserved: 'positive' },
  released: { onHand: 'zero', reserved: 'negative' },
  transfer_in: { onHand: 'positive', reserved: 'zero' },
  transfer_out: { onHand: 'negative', reserved: 'zero' },
  // A cycle count that finds what the books say is still worth a row: it records that someone counted.
  adjusted: { onHand: 'any', reserved: 'zero' },
};

const INT4_MAX = 2_147_483_647;

export function assertMovementShape(movement: MovementInput): void {
  const direction = DIRECTIONS[movement.kind];
  if (!direction) throw new Error(`unknown stock movement kind ${String(movement.kind)}`);
  for (const [field, sign] of [
    ['onHandDelta', direction.onHand],
    ['reservedDelta', direction.reserved],
  ] as const) {
    const value = movement[field];
    if (!Number.isSafeInteger(value) || !hasSign(value, sign)) {
      throw new Error(`a ${movement.kind} movement needs a ${sign} integer ${field}, not ${value}`);
    }
  }
  if (movement.actor.type !== 'system' && !movement.actor.id) throw new Error(`a ${movement.actor.type} actor needs an id`);
}

function hasSign(value: number, sign: Sign): boolean {
  switch (sign) {
    case 'positive':
      return value > 0;
    case 'negative':
      return value < 0;
    case 'zero':
      return value === 0;
    case 'not positive':
      return value <= 0;
    case 'any':
      return true;
  }
}

/**
 * One net change per level, sorted by location id and then variant id: the order every writer locks
 * levels in, so two transactions that touch the same levels queue instead of deadlocking.
 */
export function netChanges(movements: MovementInput[]): NetChange[] {
  const byLevel = new Map<string, NetChange>();
  for (const movement of movements) {
    const key = levelKey(movement);
    const change = byLevel.get(key) ?? { variantId: movement.variantId, locationId: movement.locationId, onHandDelta: 0, reservedDelta: 0 };
    change.onHandDelta += movement.onHandDelta;
    change.reservedDelta += movement.reservedDelta;
    byLevel.set(key, change);
  }
  return [...byLevel.values()].sort(compareLockOrder);
}

/** Location first, then variant; plain code-unit order, which for lower-case UUIDs is PostgreSQL's uuid order. */
export function compareLockOrder(a: LevelKey, b: LevelKey): number {
  if (a.locationId !== b.locationId) return a.locationId < b.locationId ? -1 : 1;
  if (a.variantId !== b.variantId) return a.variantId < b.variantId ? -1 : 1;
  return 0;
}

/**
 * Refuses a change that would leave a level in a state the store does not allow. Only changes that make
 * things worse are refused: receiving 2 into a level that is 5 short is fine even though it stays short.
 */
export function assertChangeAllowed(level: StockLevelState, change: NetChange): void {
  const onHand = level.onHand + change.onHandDelta;
  const reserved = level.reserved + change.reservedDelta;
  const where = `${level.sku} at ${level.locationName}`;
  if (Math.abs(onHand) > INT4_MAX || Math.abs(reserved) > INT4_MAX) {
    throw new StockOutOfRange(`The stock of ${where} would leave the range a level can hold.`);
  }
  if (reserved < 0) {
    throw new ReservationExceeded(`Only ${level.reserved} of ${where} are reserved; ${-change.reservedDelta} cannot be taken out of them.`);
  }
  if (!level.trackInventory || level.allowBackorder) return;
  const availableDelta = change.onHandDelta - change.reservedDelta;
  if (availableDelta < 0 && onHand - reserved < 0) {
    throw new InsufficientStock(`Only ${Math.max(0, level.available)} of ${where} available; ${-availableDelta} needed.`);
  }
  if (change.onHandDelta < 0 && onHand < 0) {
    throw new InsufficientStock(`Only ${Math.max(0, level.onHand)} of ${where} on hand; ${-change.onHandDelta} needed.`);
  }
}
