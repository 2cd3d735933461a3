import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { DEFAULT_PAGE_SIZE, encodeCursor, Page } from '../../platform/pagination/page';
import type { ActorType, MovementKind } from '../ledger/stock-movement';
import { SqlParams } from '../sql-params';
import { stockCursor } from '../stock-cursor';
import { StockMovementQuery } from './dto/stock-movement.query';
import { StockMovementView, toStockMovementView } from './dto/stock-movement.view';

interface MovementRow {
  id: string;
  variant_id: string;
  sku: string;
  location_id: string;
  location_name: string;
  kind: MovementKind;
  reason: string | null;
  on_hand_delta: number;
  reserved_delta: number;
  reference_type: string | null;
  reference_id: string | null;
  note: string | null;
  actor_type: ActorType | null;
  actor_id: string | null;
  created_at: Date;
}

/** The stock ledger for staff: newest first. */
@Injectable()
export class StockMovementQueries {
  constructor(private readonly db: Db) {}

  /** Keyset on the id, which grows with time; the variant, location and kind filters each have an (x, id DESC) index. */
  async list(query: StockMovementQuery): Promise<Page<StockMovementView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params = new SqlParams();
    const where: string[] = [];
    if (query.variantId) where.push(`m.variant_id = ${params.add(query.variantId)}::uuid`);
    if (query.locationId) where.push(`m.location_id = ${params.add(query.locationId)}::uuid`);
    if (query.kind) where.push(`m.kind = ${params.add(query.kind)}`);
    if (query.cursor) {
      const [id] = stockCursor(query.cursor, (values) => typeof values[0] === 'string' && /^\d{1,18}$/.test(values[0]), 1);
      where.push(`m.id < ${params.add(id)}::bigint`);
    }
    const rows: MovementRow[] = await this.db.manager.query(
      `SELECT m.id::text AS id, m.variant_id, v.sku, m.location_id, loc.name AS location_name, m.kind, m.reason,
              m.on_hand_delta, m.reserved_delta, m.reference_type, m.reference_id, m.note, m.actor_type, m.actor_id, m.created_at
         FROM stock_movements m
         JOIN product_variants v ON v.id = m.variant_id
         JOIN stock_locations loc ON loc.id = m.location_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY m.id DESC
        LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) =>
        toStockMovementView({
          id: row.id,
          variantId: row.variant_id,
          sku: row.sku,
          locationId: row.location_id,
          locationName: row.location_name,
          kind: row.kind,
          reason: row.reason,
          onHandDelta: row.on_hand_delta,
          reservedDelta: row.reserved_delta,
          reference: row.reference_type && row.reference_id ? { type: row.reference_type, id: row.reference_id } : null,
          note: row.note,
          actor: { type: row.actor_type ?? 'system', id: row.actor_id },
          createdAt: row.created_at,
        }),
      ),
      nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
    };
  }
}
