import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '../../platform/database/db.service';
import { OutOfStock } from '../ledger/stock-errors';
import { levelKey, LevelKey, MovementInput, StockActor, StockReference } from '../ledger/stock-movement';
import { StockLedger } from '../stock-ledger.service';
import { allocateStock } from './allocate-stock';

/** Whose stock is held: a cart while its shopper pays. */
export interface ReservationHolder {
  type: 'cart';
  id: string;
}

interface HeldRow {
  variant_id: string;
  location_id: string;
  quantity: number;
}

const SYSTEM: StockActor = { type: 'system', id: null };

/**
 * Stock held for a checkout. Every level involved is locked once, in the ledger's fixed order, before
 * anything is decided: concurrent checkouts queue on the levels they share and can never hold or sell
 * more than there is (the ledger refuses it even if a caller got it wrong).
 */
@Injectable()
export class StockReservations {
  constructor(private readonly ledger: StockLedger) {}

  /** Holds the items until `expiresAt`, replacing what the holder held. All or nothing: OutOfStock names each short variant. */
  async reserve(
    tx: EntityManager,
    holder: ReservationHolder,
    items: { variantId: string; quantity: number }[],
    expiresAt: Date,
  ): Promise<void> {
    const variantIds = [...new Set(items.map((i) => i.variantId.toLowerCase()))];
    const held = await this.heldBy(tx, holder);
    // One connection answers a transaction's queries in turn: ask in turn.
    const candidates: LevelKey[] = await tx.query(
      `SELECT l.variant_id AS "variantId", l.location_id AS "locationId"
         FROM stock_levels l JOIN stock_locations loc ON loc.id = l.location_id AND loc.active
        WHERE l.variant_id = ANY($1::uuid[])`,
      [variantIds],
    );
    const variants: { id: string; track_inventory: boolean; allow_backorder: boolean }[] = await tx.query(
      `SELECT id, track_inventory, allow_backorder FROM product_variants WHERE id = ANY($1::uuid[])`,
      [variantIds],
    );
    const [fallback]: { id: string }[] = await tx.query(`SELECT id FROM stock_locations WHERE active ORDER BY created_at, id LIMIT 1`);
    const levels = await this.ledger.lock(tx, [
      ...candidates,
      ...held.map((h) => ({ variantId: h.variant_id, locationId: h.location_id })),
    ]);
    // What this holder holds now is theirs to take again.
    const offers = candidates.map((key) => {
      const level = levels.get(levelKey(key))!;
      const own = held.find((h) => h.variant_id === key.variantId && h.location_id === key.locationId)?.quantity ?? 0;
      return { ...key, available: level.available + own };
    });
    const settings = new Map(variants.map((v) => [v.id, v]));
    const { allocations, shortages } = allocateStock(
      items.map((item) => {
        const variant = settings.get(item.variantId.toLowerCase());
        return {
          variantId: item.variantId.toLowerCase(),
          quantity: item.quantity,
          tracked: variant?.track_inventory ?? false,
          backorder: variant?.allow_backorder ?? false,
        };
      }),
      offers,
      fallback?.id ?? null,
    );
    if (shortages.length) throw new OutOfStock(shortages);
    const reference: StockReference = { type: holder.type, id: holder.id };
    await this.ledger.apply(tx, [
      ...held.map((h): MovementInput => ({ ...movement(h, 'released', 0, -h.quantity), reference })),
      ...allocations.map((a): MovementInput => ({
        ...movement({ variant_id: a.variantId, location_id: a.locationId, quantity: a.quantity }, 'reserved', 0, a.quantity),
        reference,
      })),
    ]);
    await tx.query(`DELETE FROM stock_reservations WHERE holder_type = $1 AND holder_id = $2`, [holder.type, holder.id]);
    if (allocations.length) {
      await tx.query(
        `INSERT INTO stock_reservations (holder_type, holder_id, variant_id, location_id, quantity, expires_at)
         SELECT $1, $2, v, l, q, $6 FROM unnest($3::uuid[], $4::uuid[], $5::int[]) AS a (v, l, q)`,
        [
          holder.type,
          holder.id,
          allocations.map((a) => a.variantId),
          allocations.map((a) => a.locationId),
          allocations.map((a) => a.quantity),
          expiresAt,
        ],
      );
    }
  }

  /** Gives back whatever the holder holds. Answers how many units were released. */
  async release(tx: EntityManager, holder: ReservationHolder): Promise<number> {
    const held = await this.takeAll(tx, holder);
    await this.ledger.apply(
      tx,
      held.map((h) => ({ ...movement(h, 'released', 0, -h.quantity), reference: { type: holder.type, id: holder.id } })),
    );
    return held.reduce((sum, h) => sum + h.quantity, 0);
  }

  /** The held stock leaves the shelf, sold to `reference` (an order). */
  async sell(tx: EntityManager, holder: ReservationHolder, reference: StockReference): Promise<void> {
    const held = await this.takeAll(tx, holder);
    await this.ledger.apply(
      tx,
      held.map((h) => ({ ...movement(h, 'sold', -h.quantity, -h.quantity), reference })),
    );
  }

  private async takeAll(tx: EntityManager, holder: ReservationHolder): Promise<HeldRow[]> {
    return returnedRows<HeldRow>(
      await tx.query(
        `DELETE FROM stock_reservations WHERE holder_type = $1 AND holder_id = $2 RETURNING variant_id, location_id, quantity`,
        [holder.type, holder.id],
      ),
    );
  }

  private heldBy(tx: EntityManager, holder: ReservationHolder): Promise<HeldRow[]> {
    return tx.query(
      `SELECT variant_id, location_id, quantity FROM stock_reservations WHERE holder_type = $1 AND holder_id = $2 FOR UPDATE`,
      [holder.type, holder.id],
    );
  }
}

function movement(held: HeldRow, kind: 'reserved' | 'released' | 'sold', onHandDelta: number, reservedDelta: number): MovementInput {
  return { variantId: held.variant_id, locationId: held.location_id, kind, onHandDelta, reservedDelta, actor: SYSTEM };
}
