import { randomBytes } from 'node:crypto';
import type { Given } from '../support/given';
import type { Answer } from '../support/http';
import type { TestApp } from '../support/test-app';

export interface LocationBody {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

export interface LevelBody {
  variantId: string;
  sku: string;
  locationId: string;
  locationName: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  low: boolean;
}

export interface MovementBody {
  id: string;
  variantId: string;
  sku: string;
  locationId: string;
  locationName: string;
  kind: string;
  reason: string | null;
  onHandDelta: number;
  reservedDelta: number;
  reference: { type: string; id: string } | null;
  note: string | null;
  actor: { type: string; id: string | null };
  createdAt: string;
}

export interface ChangeBody {
  movement: MovementBody;
  level: LevelBody;
}

export interface TransferBody {
  transferId: string;
  from: ChangeBody;
  to: ChangeBody;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ProblemBody {
  status: number;
  code: string;
  detail?: string;
  errors?: { pointer: string; detail: string; location?: string }[];
}

interface Drift {
  variant_id: string;
  location_id: string;
  on_hand: number | null;
  reserved: number | null;
  ledger_on_hand: number | null;
  ledger_reserved: number | null;
}

/** Stock factories and checks for the inventory tests: through the HTTP API where it matters, SQL for the books. */
export function stockFor(app: TestApp, given: Given) {
  return {
    async location(token: string, body: Record<string, unknown> = {}): Promise<LocationBody> {
      const code = `WH-${randomBytes(3).toString('hex').toUpperCase()}`;
      const answer = await given.http.post<LocationBody>('/admin/inventory/locations', {
        token,
        body: { code, name: `Warehouse ${code}`, country: 'NL', ...body },
      });
      if (answer.status !== 201) throw new Error(`location failed: ${JSON.stringify(answer.body)}`);
      return answer.body;
    },

    adjust(token: string, body: Record<string, unknown>, headers?: Record<string, string>): Promise<Answer<ChangeBody & ProblemBody>> {
      return given.http.post<ChangeBody & ProblemBody>('/admin/inventory/adjustments', { token, body, headers });
    },

    transfer(token: string, body: Record<string, unknown>, headers?: Record<string, string>): Promise<Answer<TransferBody & ProblemBody>> {
      return given.http.post<TransferBody & ProblemBody>('/admin/inventory/transfers', { token, body, headers });
    },

    /** Receives stock through the API and fails the test setup when it cannot. */
    async receive(token: string, variantId: string, locationId: string, quantity: number): Promise<ChangeBody> {
      const answer = await this.adjust(token, { variantId, locationId, quantity, reason: 'received' });
      if (answer.status !== 201) throw new Error(`receive failed: ${JSON.stringify(answer.body)}`);
      return answer.body;
    },

    async level(variantId: string, locationId: string): Promise<{ onHand: number; reserved: number } | null> {
      const [row]: { on_hand: number; reserved: number }[] = await app.db.manager.query(
        `SELECT on_hand, reserved FROM stock_levels WHERE variant_id = $1 AND location_id = $2`,
        [variantId, locationId],
      );
      return row ? { onHand: row.on_hand, reserved: row.reserved } : null;
    },

    async movementCount(): Promise<number> {
      const [{ count }]: { count: number }[] = await app.db.manager.query(`SELECT count(*)::int AS count FROM stock_movements`);
      return count;
    },

    /** Every level against the sum of its ledger rows, both ways round: the rows that disagree. */
    async drift(): Promise<Drift[]> {
      return app.db.manager.query(
        `SELECT coalesce(l.variant_id, m.variant_id) AS variant_id, coalesce(l.location_id, m.location_id) AS location_id,
                l.on_hand, l.reserved, m.on_hand AS ledger_on_hand, m.reserved AS ledger_reserved
           FROM stock_levels l
           FULL JOIN (SELECT variant_id, location_id, sum(on_hand_delta)::int AS on_hand, sum(reserved_delta)::int AS reserved
                        FROM stock_movements GROUP BY variant_id, location_id) m
             ON m.variant_id = l.variant_id AND m.location_id = l.location_id
          WHERE l.on_hand IS DISTINCT FROM coalesce(m.on_hand, 0) OR l.reserved IS DISTINCT FROM coalesce(m.reserved, 0)`,
      );
    },
  };
}

export type Stock = ReturnType<typeof stockFor>;
