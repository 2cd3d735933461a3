import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/auth/access/permissions';
import { PasswordHasher } from '../../src/auth/passwords/password-hasher';
import type { TestApp } from './test-app';
import { client, HttpClient } from './http';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export interface GivenStaff extends Tokens {
  id: string;
  email: string;
  password: string;
}

export interface GivenCustomer extends Tokens {
  email: string;
  password: string;
}

const unique = () => randomBytes(4).toString('hex');

/** Factories that read like the domain: `await given.staff('analyst')`, `await given.customer()`. */
export function givenFor(testApp: TestApp) {
  const http: HttpClient = client(testApp.url);
  return {
    http,

    async staff(role: Role, status: 'active' | 'deactivated' = 'active'): Promise<GivenStaff> {
      const email = `${role}-${unique()}@staff.test`;
      const password = `pw-${unique()}-${unique()}`;
      const hash = await testApp.app.get(PasswordHasher).hash(password);
      const [{ id }]: { id: string }[] = await testApp.db.manager.query(
        `INSERT INTO staff_users (email, name, role, status, password_hash) VALUES ($1, $2, $3, 'active', $4) RETURNING id`,
        [email, `Test ${role}`, role, hash],
      );
      const login = await http.post<Tokens>('/admin/auth/login', { body: { email, password } });
      if (login.status !== 200) throw new Error(`staff login failed: ${JSON.stringify(login.body)}`);
      if (status !== 'active') await testApp.db.manager.query(`UPDATE staff_users SET status = $2 WHERE id = $1`, [id, status]);
      return { id, email, password, ...login.body };
    },

    async customer(): Promise<GivenCustomer> {
      const email = `shopper-${unique()}@example.com`;
      const password = `pw-${unique()}-${unique()}`;
      const answer = await http.post<Tokens>('/store/auth/register', { body: { email, password, firstName: 'Test' } });
      if (answer.status !== 201) throw new Error(`register failed: ${JSON.stringify(answer.body)}`);
      return { email, password, ...answer.body };
    },

    /**
     * An active product with variants (and, when given, base prices in EUR), written straight to the
     * tables: tests of other domains need a catalog without going through the catalog's API.
     */
    async product(
      options: {
        status?: string;
        variants?: {
          sku?: string;
          options?: Record<string, string>;
          price?: number;
          trackInventory?: boolean;
          allowBackorder?: boolean;
          lowStockThreshold?: number;
          weightGrams?: number;
        }[];
      } = {},
    ): Promise<{ id: string; handle: string; variantIds: string[] }> {
      const handle = `product-${unique()}`;
      const [{ id }]: { id: string }[] = await testApp.db.manager.query(
        `INSERT INTO products (handle, title, status, published_at) VALUES ($1, $2, $3, now()) RETURNING id`,
        [handle, `Product ${handle}`, options.status ?? 'active'],
      );
      const variants = options.variants ?? [{}];
      const variantIds: string[] = [];
      for (const [position, variant] of variants.entries()) {
        const [row]: { id: string }[] = await testApp.db.manager.query(
          `INSERT INTO product_variants (product_id, sku, title, options, position, track_inventory, allow_backorder, low_stock_threshold, weight_grams)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [
            id,
            variant.sku ?? `SKU-${unique()}`.toUpperCase(),
            Object.values(variant.options ?? {}).join(' / ') || 'Default',
            JSON.stringify(variant.options ?? {}),
            position,
            variant.trackInventory ?? true,
            variant.allowBackorder ?? false,
            variant.lowStockThreshold ?? 5,
            variant.weightGrams ?? 500,
          ],
        );
        if (variant.price !== undefined) {
          await testApp.db.manager.query(`INSERT INTO variant_prices (variant_id, currency, amount) VALUES ($1, 'EUR', $2)`, [
            row.id,
            variant.price,
          ]);
        }
        variantIds.push(row.id);
      }
      return { id, handle, variantIds };
    },

    async apiKey(owner: GivenStaff, scopes: string[], extra: Record<string, unknown> = {}): Promise<{ id: string; secret: string }> {
      const answer = await http.post<{ id: string; secret: string }>('/admin/api-keys', {
        token: owner.accessToken,
        body: { name: `key ${unique()}`, scopes, ...extra },
      });
      if (answer.status !== 201) throw new Error(`api key failed: ${JSON.stringify(answer.body)}`);
      return answer.body;
    },
  };
}

export type Given = ReturnType<typeof givenFor>;
