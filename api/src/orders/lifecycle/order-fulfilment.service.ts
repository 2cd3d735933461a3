import { Injectable } from '@nestjs/common';
import { OrderNotifications } from '../../notifications/order-notifications.service';
import { Db, returnedRows } from '../../platform/database/db.service';
import { NotFound } from '../../platform/errors/domain-error';
import { apply, type LineQuantity } from '../order-state';
import type { FulfilOrderDto, TrackingDto } from './dto/order-commands.dto';
import { changeOrder, LockedOrder, mailTarget, OrderActor, recordEvent, saveState } from './order-record';
import { lowerCased, mergeLines } from './line-quantities';
import { OrderStock } from './order-stock';
import { hasTracking, Tracking, trackingOf } from './tracking-links';

/**
 * Packing and sending: fulfil some or all lines from a location (with carrier and tracking), mark the order
 * shipped, delivered, completed. Each step is one transaction under the order's lock, checked by the state
 * machine, on the timeline with who did it; the customer hears of shipping and delivery by email.
 */
@Injectable()
export class OrderFulfilment {
  constructor(
    private readonly db: Db,
    private readonly stock: OrderStock,
    private readonly notifications: OrderNotifications,
  ) {}

  async fulfil(orderId: string, input: FulfilOrderDto, actor: OrderActor): Promise<void> {
    await changeOrder(this.db, orderId, async (tx, order) => {
      const lines = input.lines ? lowerCased(input.lines) : everythingLeft(order);
      const next = apply(order.state, { kind: 'fulfil', lines });
      const [location]: { id: string }[] = await tx.query(`SELECT id FROM stock_locations WHERE id = $1`, [input.locationId]);
      if (!location) throw new NotFound('stock location');
      await this.stock.fulfilFrom(tx, order, input.locationId, lines, actor);
      const tracking = trackingOf(input);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO fulfillments (order_id, location_id, carrier, tracking_number, tracking_url, created_by_type, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [order.id, input.locationId, tracking.carrier, tracking.trackingNumber, tracking.trackingUrl, actor.type, actor.id],
      );
      const merged = mergeLines(lines);
      await tx.query(
        `INSERT INTO fulfillment_lines (fulfillment_id, order_line_id, quantity) SELECT $1, l.id, l.quantity FROM unnest($2::uuid[], $3::int[]) AS l (id, quantity)`,
        [id, merged.map((l) => l.lineId), merged.map((l) => l.quantity)],
      );
      await saveState(tx, order, next);
      await recordEvent(tx, order.id, 'fulfilled', { fulfillmentId: id, locationId: input.locationId, lines: merged, ...tracking }, actor);
    });
  }

  /** The parcel(s) leave: tracking given now fills in fulfilments that have none yet. */
  async ship(orderId: string, input: TrackingDto, actor: OrderActor): Promise<void> {
    await changeOrder(this.db, orderId, async (tx, order) => {
      const next = apply(order.state, { kind: 'ship' });
      const given = trackingOf(input);
      const parcels = returnedRows<Tracking>(
        await tx.query(
          `UPDATE fulfillments SET shipped_at = now(),
                carrier = coalesce(carrier, $2), tracking_number = coalesce(tracking_number, $3), tracking_url = coalesce(tracking_url, $4)
          WHERE order_id = $1 AND shipped_at IS NULL
        RETURNING carrier, tracking_number AS "trackingNumber", tracking_url AS "trackingUrl"`,
          [order.id, given.carrier, given.trackingNumber, given.trackingUrl],
        ),
      );
      await saveState(tx, order, next);
      const withTracking = parcels.filter(hasTracking);
      await recordEvent(tx, order.id, 'shipped', { parcels: withTracking }, actor);
      await this.notifications.shipped(tx, mailTarget(order), withTracking);
    });
  }

  async deliver(orderId: string, actor: OrderActor): Promise<void> {
    await changeOrder(this.db, orderId, async (tx, order) => {
      const next = apply(order.state, { kind: 'deliver' });
      await tx.query(`UPDATE fulfillments SET delivered_at = now() WHERE order_id = $1 AND delivered_at IS NULL`, [order.id]);
      await saveState(tx, order, next);
      await recordEvent(tx, order.id, 'delivered', {}, actor);
      await this.notifications.delivered(tx, mailTarget(order));
    });
  }

  async complete(orderId: string, actor: OrderActor): Promise<void> {
    await changeOrder(this.db, orderId, async (tx, order) => {
      await saveState(tx, order, apply(order.state, { kind: 'complete' }));
      await recordEvent(tx, order.id, 'completed', {}, actor);
    });
  }
}

function everythingLeft(order: LockedOrder): LineQuantity[] {
  return order.lines.filter((l) => l.quantity > l.fulfilled).map((l) => ({ lineId: l.id, quantity: l.quantity - l.fulfilled }));
}
