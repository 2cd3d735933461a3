import type { Given } from '../support/given';
import type { TestApp } from '../support/test-app';

export interface CodeBody {
  id: string;
  code: string;
  kind: string;
  percent: number | null;
  amount: { amount: number; currency: string } | null;
  minimumSubtotal: { amount: number; currency: string } | null;
  startsAt: string | null;
  endsAt: string | null;
  usageLimit: number | null;
  usedCount: number;
  active: boolean;
  state: string;
}

export interface Problem {
  code: string;
  errors?: { pointer: string; detail: string }[];
}

export const pointersOf = (problem: Problem) => (problem.errors ?? []).map((e) => e.pointer);

/** Discount codes made through the admin API, as staff would. */
export function givenDiscountCodes(app: TestApp, given: Given, token: string) {
  return {
    create: (body: Record<string, unknown>, as = token) =>
      given.http.post<CodeBody & Problem>('/admin/discount-codes', { token: as, body }),

    async code(body: Record<string, unknown>): Promise<CodeBody> {
      const answer = await given.http.post<CodeBody>('/admin/discount-codes', { token, body });
      if (answer.status !== 201) throw new Error(`discount code: ${JSON.stringify(answer.body)}`);
      return answer.body;
    },

    async count(): Promise<number> {
      const [{ n }]: { n: number }[] = await app.db.manager.query(`SELECT count(*)::int AS n FROM discount_codes`);
      return n;
    },

    async usedCount(id: string): Promise<number> {
      const [{ used_count }]: { used_count: number }[] = await app.db.manager.query(`SELECT used_count FROM discount_codes WHERE id = $1`, [
        id,
      ]);
      return used_count;
    },
  };
}
