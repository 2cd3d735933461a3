import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { returnedRows } from '../platform/database/db.service';
import { NotFound } from '../platform/errors/domain-error';
import { assertChangeAllowed, assertMovementShape, compareLockOrder, netChanges } from './ledger/stock-ledger-rules';
import { LedgerResult, LevelKey, levelKey, MovementInput, MovementKind, RecordedMovement, StockLevelState } from './ledger/stock-movement';

interface LockedLevelRow {
  variant_id: string;
  location_id: string;
  on_hand: number;
  reserved: number;
  updated_at: Date;
  sku: string;
  variant_title: string;
  product_id: string;
  product_title: string;
  track_inventory: boolean;
  allow_backorder: boolean;
  low_stock_threshold: number;
  location_name: string;
}

interface UpdatedLevelRow {
  variant_id: string;
  location_id: string;
  on_hand: number;
  reserved: number;
  updated_at: Date;
}

interface InsertedMovementRow {
  id: string;
  created_at: Date;
}

/**
 * The only writer of stock levels. Every change is a ledger row written in the same transaction as the
 * level it changes, and levels are locked in one fixed order (location id, then variant id), so levels
 * always equal the sum of the ledger and concurrent writers never lose an update or deadlock.
 */
@Injectable()
export class StockLedger {
  /**
   * Locks the levels of these (variant, location) pairs in the fixed order, creating empty ones that do
   * not exist yet, and answers them as they stand. Callers that must read a level before deciding on a
   * movement (a cycle count, a transfer) lock first, then `apply`. Throws NotFound for an unknown
   * variant or location.
   */
  async lock(tx: EntityManager, keys: LevelKey[]): Promise<Map<string, StockLevelState>> {
    const sorted = uniqueKeys(keys).sort(compareLockOrder);
    if (!sorted.length) return new Map();
    if (!sorted.every((k) => isUuid(k.variantId))) throw new NotFound('product variant');
    if (!sorted.every((k) => isUuid(k.locationId))) throw new NotFound('stock location');
    const variantIds = sorted.map((k) => k.variantId);
    const locationIds = sorted.map((k) => k.locationId);
    // Joins skip unknown ids (no foreign-key failure); the lock below then finds the level missing.
    await tx.query(
      `INSERT INTO stock_levels (variant_id, location_id)
       SELECT v.id, loc.id
         FROM unnest($1::uuid[], $2::uuid[]) AS k (variant_id, location_id)
         JOIN product_variants v ON v.id = k.variant_id
         JOIN stock_locations loc ON loc.id = k.location_id
        ORDER BY loc.id, v.id
       ON CONFLICT (variant_id, location_id) DO NOTHING`,
      [variantIds, locationIds],
    );
    // ORDER BY runs before FOR UPDATE, so the rows are locked in this order.
    const rows: LockedLevelRow[] = await tx.query(
      `SELECT l.variant_id, l.location_id, l.on_hand, l.reserved, l.updated_at,
              v.sku, v.title AS variant_title, v.product_id, p.title AS product_title,
              v.track_inventory, v.allow_backorder, v.low_stock_threshold, loc.name AS location_name
         FROM stock_levels l
         JOIN product_variants v ON v.id = l.variant_id
         JOIN products p ON p.id = v.product_id
         JOIN stock_locations loc ON loc.id = l.location_id
        WHERE (l.variant_id, l.location_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))
        ORDER BY l.location_id, l.variant_id
          FOR UPDATE OF l`,
      [variantIds, locationIds],
    );
    const levels = new Map(rows.map((row) => [levelKey({ variantId: row.variant_id, locationId: row.location_id }), toLevelState(row)]));
    if (levels.size < sorted.length) await this.throwWhatIsMissing(tx, variantIds, locationIds);
    return levels;
  }

  /**
   * Appends the movements and changes the levels they touch, in the caller's transaction. Refuses the
   * whole batch (InsufficientStock, 409) when a tracked variant without backorders would have less than
   * nothing available, and (ReservationExceeded, 409) when more would be released than is reserved.
   */
  async apply(tx: EntityManager, requested: MovementInput[]): Promise<LedgerResult> {
    if (!requested.length) return { movements: [], levels: [] };
    const movements = requested.map((m) => ({ ...m, variantId: m.variantId.toLowerCase(), locationId: m.locationId.toLowerCase() }));
    movements.forEach(assertMovementShape);
    const changes = netChanges(movements);
    const before = await this.lock(tx, changes);
    for (const change of changes) assertChangeAllowed(before.get(levelKey(change))!, change);

    const updated = returnedRows<UpdatedLevelRow>(
      await tx.query(
        `UPDATE stock_levels l
            SET on_hand = l.on_hand + d.on_hand_delta, reserved = l.reserved + d.reserved_delta, updated_at = now()
           FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) AS d (variant_id, location_id, on_hand_delta, reserved_delta)
          WHERE l.variant_id = d.variant_id AND l.location_id = d.location_id
         RETURNING l.variant_id, l.location_id, l.on_hand, l.reserved, l.updated_at`,
        [
          changes.map((c) => c.variantId),
          changes.map((c) => c.locationId),
          changes.map((c) => c.onHandDelta),
          changes.map((c) => c.reservedDelta),
        ],
      ),
    );
    const after = new Map(updated.map((row) => [levelKey({ variantId: row.variant_id, locationId: row.location_id }), row]));
    const levels = changes.map((change) => {
      const level = before.get(levelKey(change))!;
      const row = after.get(levelKey(change))!;
      return { ...level, onHand: row.on_hand, reserved: row.reserved, available: row.on_hand - row.reserved, updatedAt: row.updated_at };
    });

    const inserted = await this.append(tx, movements);
    const recorded = movements.map((movement, index): RecordedMovement => {
      const level = before.get(levelKey(movement))!;
      return {
        id: inserted[index].id,
        variantId: movement.variantId,
        sku: level.sku,
        locationId: movement.locationId,
        locationName: level.locationName,
        kind: movement.kind,
        reason: movement.reason ?? null,
        onHandDelta: movement.onHandDelta,
        reservedDelta: movement.reservedDelta,
        reference: movement.reference ?? null,
        note: movement.note ?? null,
        actor: { type: movement.actor.type, id: movement.actor.id },
        createdAt: inserted[index].created_at,
      };
    });
    return { movements: recorded, levels };
  }

  /** One INSERT for the whole batch; rows come back in the order given (identity ids grow with insertion order). */
  private async append(tx: EntityManager, movements: MovementInput[]): Promise<InsertedMovementRow[]> {
    const column = <T>(pick: (m: MovementInput) => T) => movements.map(pick);
    const rows = returnedRows<InsertedMovementRow>(
      await tx.query(
        `INSERT INTO stock_movements
         (variant_id, location_id, kind, reason, on_hand_delta, reserved_delta, reference_type, reference_id, note, actor_type, actor_id)
       SELECT variant_id, location_id, kind, reason, on_hand_delta, reserved_delta, reference_type, reference_id, note, actor_type, actor_id
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::uuid[])
              WITH ORDINALITY AS m (variant_id, location_id, kind, reason, on_hand_delta, reserved_delta, reference_type, reference_id, note, actor_type, actor_id, position)
        ORDER BY position
       RETURNING id::text, created_at`,
        [
          column((m) => m.variantId),
          column((m) => m.locationId),
          column((m): MovementKind => m.kind),
          column((m) => m.reason ?? null),
          column((m) => m.onHandDelta),
          column((m) => m.reservedDelta),
          column((m) => m.reference?.type ?? null),
          column((m) => m.reference?.id ?? null),
          column((m) => m.note ?? null),
          column((m) => m.actor.type),
          column((m) => m.actor.id),
        ],
      ),
    );
    return rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** Only on the failure path: says which of the two was unknown. */
  private async throwWhatIsMissing(tx: EntityManager, variantIds: string[], locationIds: string[]): Promise<never> {
    const [found]: { variants: number; locations: number }[] = await tx.query(
      `SELECT (SELECT count(*)::int FROM product_variants WHERE id = ANY($1::uuid[])) AS variants,
              (SELECT count(*)::int FROM stock_locations WHERE id = ANY($2::uuid[])) AS locations`,
      [[...new Set(variantIds)], [...new Set(locationIds)]],
    );
    if (found.variants < new Set(variantIds).size) throw new NotFound('product variant');
    throw new NotFound('stock location');
  }
}

/** Lower-case ids, each pair once: the keys of the maps below are the ids as PostgreSQL prints them. */
function uniqueKeys(keys: LevelKey[]): LevelKey[] {
  const normalized = keys.map((k) => ({ variantId: k.variantId.toLowerCase(), locationId: k.locationId.toLowerCase() }));
  return [...new Map(normalized.map((k) => [levelKey(k), k])).values()];
}

function toLevelState(row: LockedLevelRow): StockLevelState {
  return {
    variantId: row.variant_id,
    sku: row.sku,
    productId: row.product_id,
    productTitle: row.product_title,
    variantTitle: row.variant_title,
    locationId: row.location_id,
    locationName: row.location_name,
    onHand: row.on_hand,
    reserved: row.reserved,
    available: row.on_hand - row.reserved,
    lowStockThreshold: row.low_stock_threshold,
    trackInventory: row.track_inventory,
    allowBackorder: row.allow_backorder,
    updatedAt: row.updated_at,
  };
}

// The ledger's vocabulary, importable from the service itself by the domains that call it.
export type {
  LedgerResult,
  LevelKey,
  MovementInput,
  MovementKind,
  RecordedMovement,
  StockActor,
  StockLevelState,
  StockReference,
} from './ledger/stock-movement';
import { isUuid } from '../platform/validation/uuid';
export { levelKey, MOVEMENT_KINDS } from './ledger/stock-movement';
export { InsufficientStock, ReservationExceeded, StockOutOfRange } from './ledger/stock-errors';
