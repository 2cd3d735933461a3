import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db } from '../../platform/database/db.service';
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/domain-error';
import { isUuid } from '../../platform/validation/uuid';
import { apply, type OrderState } from '../order-state';
import type { CreateReturnDto, ReceiveReturnDto } from './dto/order-commands.dto';
import { lowerCased, mergeLines } from './line-quantities';
import { changeOrder, LockedOrder, OrderActor, recordEvent, saveState } from './order-record';
import { OrderStock } from './order-stock';

type ReturnStatus = 'requested' | 'approved' | 'received' | 'rejected';

interface ReturnRow {
  id: string;
  status: ReturnStatus;
  lines: { lineId: string; quantity: number }[];
}

/**
 * Returns: requested (by staff for a customer), approved or rejected, then received at a location, each
 * unit back on the shelf or written off as damaged. Items on an open return cannot be asked back twice.
 * The money goes back by a refund naming the return (POST /refunds with returnId).
 */
@Injectable()
export class OrderReturns {
  constructor(
    private readonly db: Db,
    private readonly stock: OrderStock,
  ) {}

  async request(orderId: string, input: CreateReturnDto, actor: OrderActor): Promise<string> {
    return changeOrder(this.db, orderId, async (tx, order) => {
      const lines = lowerCased(input.lines);
      // Why: what is already on an open return counts as coming back, so the same item is not asked for twice.
      apply(withOpenReturns(order.state, await this.openQuantities(tx, order.id)), { kind: 'return_received', lines });
      const reason = input.reason?.trim() || null;
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO order_returns (order_id, status, reason, requested_by_type, requested_by) VALUES ($1, 'requested', $2, $3, $4) RETURNING id`,
        [order.id, reason, actor.type, actor.id],
      );
      const merged = mergeLines(lines);
      await tx.query(
        `INSERT INTO order_return_lines (return_id, order_line_id, quantity) SELECT $1, l.id, l.q FROM unnest($2::uuid[], $3::int[]) AS l (id, q)`,
        [id, merged.map((l) => l.lineId), merged.map((l) => l.quantity)],
      );
      await recordEvent(tx, order.id, 'return_requested', { returnId: id, lines: merged, reason }, actor);
      return id;
    });
  }

  async approve(orderId: string, returnId: string, actor: OrderActor): Promise<void> {
    await this.move(orderId, returnId, ['requested'], 'approved', actor);
  }

  async reject(orderId: string, returnId: string, actor: OrderActor): Promise<void> {
    await this.move(orderId, returnId, ['requested', 'approved'], 'rejected', actor);
  }

  async receive(orderId: string, returnId: string, input: ReceiveReturnDto, actor: OrderActor): Promise<void> {
    await changeOrder(this.db, orderId, async (tx, order) => {
      const found = await this.lockReturn(tx, order, returnId);
      if (found.status !== 'approved') throw notNow(found.status, 'received', 'Approve the return before receiving it.');
      const received = input.lines.map((l) => ({ ...l, lineId: l.lineId.toLowerCase() }));
      const problems = received.flatMap((line, i) => {
        const expected = found.lines.find((l) => l.lineId === line.lineId)?.quantity;
        if (expected === undefined) return [{ pointer: `/lines/${i}/lineId`, detail: 'is not on this return' }];
        if (line.restock + line.damaged !== expected) {
          return [{ pointer: `/lines/${i}`, detail: `restock and damaged must add up to ${expected}, the units on the return` }];
        }
        return [];
      });
      if (problems.length) throw new ValidationFailed(problems);
      if (new Set(received.map((l) => l.lineId)).size !== found.lines.length) {
        throw new ValidationFailed([{ pointer: '/lines', detail: 'must list every line of the return once' }]);
      }
      const [location]: { id: string }[] = await tx.query(`SELECT id FROM stock_locations WHERE id = $1`, [input.locationId]);
      if (!location) throw new NotFound('stock location');
      const next = apply(order.state, { kind: 'return_received', lines: found.lines });
      await this.stock.receiveReturn(tx, order, input.locationId, received, returnId, actor);
      await tx.query(
        `UPDATE order_return_lines r SET restocked = l.restock, damaged = l.damaged
             FROM unnest($2::uuid[], $3::int[], $4::int[]) AS l (id, restock, damaged) WHERE r.return_id = $1 AND r.order_line_id = l.id`,
        [returnId, received.map((l) => l.lineId), received.map((l) => l.restock), received.map((l) => l.damaged)],
      );
      await tx.query(
        `UPDATE order_returns SET status = 'received', location_id = $2, received_at = now(), updated_at = now() WHERE id = $1`,
        [returnId, input.locationId],
      );
      await saveState(tx, order, next);
      await recordEvent(tx, order.id, 'return_received', { returnId, locationId: input.locationId, lines: received }, actor);
    });
  }

  private async move(orderId: string, returnId: string, from: ReturnStatus[], to: ReturnStatus, actor: OrderActor): Promise<void> {
    await changeOrder(this.db, orderId, async (tx, order) => {
      const found = await this.lockReturn(tx, order, returnId);
      if (!from.includes(found.status)) throw notNow(found.status, to);
      await tx.query(`UPDATE order_returns SET status = $2, updated_at = now() WHERE id = $1`, [returnId, to]);
      await recordEvent(tx, order.id, `return_${to}`, { returnId }, actor);
    });
  }

  private async lockReturn(tx: EntityManager, order: LockedOrder, returnId: string): Promise<ReturnRow> {
    const [row]: ReturnRow[] = isUuid(returnId)
      ? await tx.query(
          `SELECT r.id, r.status,
                  (SELECT json_agg(json_build_object('lineId', l.order_line_id, 'quantity', l.quantity)) FROM order_return_lines l WHERE l.return_id = r.id) AS lines
             FROM order_returns r WHERE r.id = $1 AND r.order_id = $2 FOR UPDATE`,
          [returnId, order.id],
        )
      : [];
    if (!row) throw new NotFound('return');
    return row;
  }

  private async openQuantities(tx: EntityManager, orderId: string): Promise<Map<string, number>> {
    const rows: { order_line_id: string; quantity: number }[] = await tx.query(
      `SELECT l.order_line_id, sum(l.quantity)::int AS quantity FROM order_return_lines l JOIN order_returns r ON r.id = l.return_id
        WHERE r.order_id = $1 AND r.status IN ('requested', 'approved') GROUP BY l.order_line_id`,
      [orderId],
    );
    return new Map(rows.map((r) => [r.order_line_id, r.quantity]));
  }
}

function withOpenReturns(state: OrderState, open: Map<string, number>): OrderState {
  return { ...state, lines: state.lines.map((l) => ({ ...l, returned: l.returned + (open.get(l.lineId) ?? 0) })) };
}

function notNow(status: ReturnStatus, wanted: string, hint = ''): Conflict {
  return new Conflict('return_transition_refused', `The return is ${status}; it cannot be ${wanted}.${hint ? ` ${hint}` : ''}`);
}
