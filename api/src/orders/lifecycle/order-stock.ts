import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MovementInput, StockActor } from '../../inventory/ledger/stock-movement';
import { StockLedger } from '../../inventory/stock-ledger.service';
import type { LineQuantity } from '../order-state';
import type { LockedOrder, OrderActor } from './order-record';

/** A returned line as received: units back on the shelf, and units written off as damaged. */
export interface ReceivedLine {
  lineId: string;
  restock: number;
  damaged: number;
}

/**
 * How an order's steps move stock, always through the ledger with the order as reference. The sale was
 * booked when the order was placed (at the locations that held the cart's reservation); a fulfilment from
 * another location moves that sale there, a cancellation puts it back, a received return comes back in.
 * Variants whose stock is not tracked were never booked, and move nothing.
 */
@Injectable()
export class OrderStock {
  constructor(private readonly ledger: StockLedger) {}

  /** Moves the booked sale of the fulfilled units to the location they leave from, where it is booked elsewhere. */
  async fulfilFrom(
    tx: EntityManager,
    order: LockedOrder,
    locationId: string,
    lines: readonly LineQuantity[],
    actor: OrderActor,
  ): Promise<void> {
    const booked = await this.bookedByVariant(tx, order.id);
    const sent = await this.fulfilledByVariantAndLocation(tx, order.id);
    const wanted = sumByVariant(order, lines);
    const movements: MovementInput[] = [];
    for (const [variantId, quantity] of wanted) {
      const at = booked.get(variantId);
      if (!at) continue;
      const free = (loc: string) => (at.get(loc) ?? 0) - (sent.get(`${variantId}|${loc}`) ?? 0);
      let missing = quantity - Math.max(0, free(locationId));
      const sources = [...at.keys()].filter((loc) => loc !== locationId && free(loc) > 0).sort((a, b) => free(b) - free(a));
      for (const source of sources) {
        if (missing <= 0) break;
        const moved = Math.min(missing, free(source));
        missing -= moved;
        const common = { variantId, reason: 'fulfilment_location', reservedDelta: 0, reference: ref(order), actor: stockActor(actor) };
        movements.push({ ...common, locationId: source, kind: 'returned', onHandDelta: moved });
        movements.push({ ...common, locationId, kind: 'sold', onHandDelta: -moved });
      }
    }
    await this.ledger.apply(tx, movements);
  }

  /** A cancelled order's booked sale goes back on the shelves it came from (nothing had left the building). */
  async putBack(tx: EntityManager, order: LockedOrder, actor: OrderActor): Promise<void> {
    const booked = await this.bookedByVariant(tx, order.id);
    const movements: MovementInput[] = [];
    for (const [variantId, at] of booked) {
      for (const [locationId, quantity] of at) {
        if (quantity <= 0) continue;
        movements.push({
          variantId,
          locationId,
          kind: 'returned',
          reason: 'order_cancelled',
          onHandDelta: quantity,
          reservedDelta: 0,
          reference: ref(order),
          actor: stockActor(actor),
        });
      }
    }
    await this.ledger.apply(tx, movements);
  }

  /**
   * A return received at a location: restocked units come back for sale; damaged units come back and are
   * written off at once, so the ledger tells both halves of the story and the sellable level is unchanged.
   */
  async receiveReturn(
    tx: EntityManager,
    order: LockedOrder,
    locationId: string,
    lines: readonly ReceivedLine[],
    returnId: string,
    actor: OrderActor,
  ): Promise<void> {
    const tracked = await this.trackedVariants(tx, order);
    const movements: MovementInput[] = [];
    for (const line of lines) {
      const variantId = order.lines.find((l) => l.id === line.lineId)?.variantId;
      if (!variantId || !tracked.has(variantId)) continue;
      const common = {
        variantId,
        locationId,
        reservedDelta: 0,
        reference: ref(order),
        note: `return ${returnId}`,
        actor: stockActor(actor),
      };
      const back = line.restock + line.damaged;
      if (back > 0) movements.push({ ...common, kind: 'returned', reason: 'customer_return', onHandDelta: back });
      if (line.damaged > 0) movements.push({ ...common, kind: 'adjusted', reason: 'damaged', onHandDelta: -line.damaged });
    }
    await this.ledger.apply(tx, movements);
  }

  /** Units of each variant the ledger holds as sold to the order, per location. */
  private async bookedByVariant(tx: EntityManager, orderId: string): Promise<Map<string, Map<string, number>>> {
    const rows: { variant_id: string; location_id: string; booked: number }[] = await tx.query(
      `SELECT variant_id, location_id, (-sum(on_hand_delta))::int AS booked FROM stock_movements
        WHERE reference_type = 'order' AND reference_id = $1 AND kind IN ('sold', 'returned')
        GROUP BY variant_id, location_id`,
      [orderId],
    );
    const byVariant = new Map<string, Map<string, number>>();
    for (const row of rows) {
      const at = byVariant.get(row.variant_id) ?? new Map<string, number>();
      at.set(row.location_id, row.booked);
      byVariant.set(row.variant_id, at);
    }
    return byVariant;
  }

  private async fulfilledByVariantAndLocation(tx: EntityManager, orderId: string): Promise<Map<string, number>> {
    const rows: { variant_id: string; location_id: string; quantity: number }[] = await tx.query(
      `SELECT l.variant_id, f.location_id, sum(fl.quantity)::int AS quantity
         FROM fulfillments f JOIN fulfillment_lines fl ON fl.fulfillment_id = f.id JOIN order_lines l ON l.id = fl.order_line_id
        WHERE f.order_id = $1 AND l.variant_id IS NOT NULL
        GROUP BY l.variant_id, f.location_id`,
      [orderId],
    );
    return new Map(rows.map((r) => [`${r.variant_id}|${r.location_id}`, r.quantity]));
  }

  private async trackedVariants(tx: EntityManager, order: LockedOrder): Promise<Set<string>> {
    const ids = order.lines.flatMap((l) => (l.variantId ? [l.variantId] : []));
    const rows: { id: string }[] = await tx.query(`SELECT id FROM product_variants WHERE id = ANY($1::uuid[]) AND track_inventory`, [ids]);
    return new Set(rows.map((r) => r.id));
  }
}

function sumByVariant(order: LockedOrder, lines: readonly LineQuantity[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const { lineId, quantity } of lines) {
    const variantId = order.lines.find((l) => l.id === lineId)?.variantId;
    if (variantId) sums.set(variantId, (sums.get(variantId) ?? 0) + quantity);
  }
  return sums;
}

function ref(order: LockedOrder) {
  return { type: 'order', id: order.id };
}

/** The ledger knows staff, keys and the system; a customer's own action (none moves stock today) counts as the system's. */
function stockActor(actor: OrderActor): StockActor {
  return actor.type === 'customer' ? { type: 'system', id: null } : { type: actor.type, id: actor.id };
}
