import { randomBytes } from 'node:crypto';
import type { Given } from '../support/given';
import type { TestApp } from '../support/test-app';

export interface ZoneBody {
  id: string;
  name: string;
  countries: string[];
  regions: string[];
  postcodePatterns: string[];
  position: number;
}

export interface MethodBody {
  id: string;
  zoneId: string;
  kind: string;
  rateType: string;
  pickupLocationId: string | null;
  flatAmount: { amount: number; currency: string } | null;
  weightRates: { upToGrams: number; amount: { amount: number; currency: string } }[];
  freeOverAmount: { amount: number; currency: string } | null;
  cutoffTime: string;
  transitDaysMin: number;
  transitDaysMax: number;
}

export interface Problem {
  code: string;
  errors?: { pointer: string; detail: string }[];
}

export const eur = (amount: number) => ({ amount, currency: 'EUR' });

/** Shipping set up through the admin API, as staff would; stock locations straight into their table. */
export function givenShipping(app: TestApp, given: Given, token: string) {
  return {
    async zone(body: Record<string, unknown>): Promise<ZoneBody> {
      const answer = await given.http.post<ZoneBody>('/admin/shipping/zones', { token, body });
      if (answer.status !== 201) throw new Error(`zone: ${JSON.stringify(answer.body)}`);
      return answer.body;
    },

    async method(zoneId: string, body: Record<string, unknown>): Promise<MethodBody> {
      const answer = await given.http.post<MethodBody>('/admin/shipping/methods', {
        token,
        body: { zoneId, name: 'Standard', kind: 'standard', currency: 'EUR', rateType: 'flat', flatAmount: eur(495), ...body },
      });
      if (answer.status !== 201) throw new Error(`method: ${JSON.stringify(answer.body)}`);
      return answer.body;
    },

    async stockLocation(options: { pickup?: boolean; active?: boolean; name?: string; city?: string } = {}): Promise<string> {
      const code = `LOC-${randomBytes(3).toString('hex').toUpperCase()}`;
      const [{ id }]: { id: string }[] = await app.db.manager.query(
        `INSERT INTO stock_locations (code, name, country, city, pickup_enabled, active) VALUES ($1, $2, 'NL', $3, $4, $5) RETURNING id`,
        [code, options.name ?? `Store ${code}`, options.city ?? 'Amsterdam', options.pickup ?? true, options.active ?? true],
      );
      return id;
    },

    async count(table: 'shipping_zones' | 'shipping_methods'): Promise<number> {
      const [{ count }]: { count: number }[] = await app.db.manager.query(`SELECT count(*)::int AS count FROM ${table}`);
      return count;
    },
  };
}

export function pointersOf(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => error.pointer);
}
