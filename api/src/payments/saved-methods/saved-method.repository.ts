import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db, returnedRows } from '../../platform/database/db.service';
import type { ProviderId, SavedMethod } from '../payment-provider';
import { isUuid } from '../../platform/validation/uuid';

/** The providers that keep cards for customers. */
export const SAVED_CARD_PROVIDERS = ['stripe', 'sandbox'] as const satisfies readonly ProviderId[];
export type SavedCardProviderId = (typeof SAVED_CARD_PROVIDERS)[number];

export function keepsCards(provider: ProviderId): provider is SavedCardProviderId {
  return (SAVED_CARD_PROVIDERS as readonly string[]).includes(provider);
}

export interface SavedMethodRecord {
  id: string;
  customerId: string;
  provider: SavedCardProviderId;
  providerCustomerId: string;
  providerMethodId: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  isDefault: boolean;
  createdAt: Date;
}

interface SavedMethodRow {
  id: string;
  customer_id: string;
  provider: SavedCardProviderId;
  provider_customer_id: string;
  provider_method_id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  is_default: boolean;
  created_at: Date;
}

/** A customer can keep this many cards; the list is never paged. */
export const MAX_SAVED_METHODS = 20;

/** Saved cards and the provider customer each customer has with a provider. */
@Injectable()
export class SavedMethodRepository {
  constructor(private readonly db: Db) {}

  async providerCustomerId(manager: EntityManager | null, customerId: string, provider: SavedCardProviderId): Promise<string | null> {
    const rows: { provider_customer_id: string }[] = await (manager ?? this.db.manager).query(
      `SELECT provider_customer_id FROM payment_customers WHERE customer_id = $1 AND provider = $2`,
      [customerId, provider],
    );
    return rows[0]?.provider_customer_id ?? null;
  }

  /** The first mapping wins: two racing requests that each made a provider customer keep one of them. */
  async rememberProviderCustomer(
    tx: EntityManager,
    customerId: string,
    provider: SavedCardProviderId,
    providerCustomerId: string,
  ): Promise<string> {
    await tx.query(
      `INSERT INTO payment_customers (customer_id, provider, provider_customer_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [customerId, provider, providerCustomerId],
    );
    return (await this.providerCustomerId(tx, customerId, provider)) ?? providerCustomerId;
  }

  async list(customerId: string): Promise<SavedMethodRecord[]> {
    const rows: SavedMethodRow[] = await this.db.manager.query(
      `SELECT * FROM saved_payment_methods WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [customerId, MAX_SAVED_METHODS],
    );
    return rows.map(toRecord);
  }

  async count(tx: EntityManager, customerId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await tx.query(
      `SELECT count(*)::int AS count FROM saved_payment_methods WHERE customer_id = $1`,
      [customerId],
    );
    return count;
  }

  /** Only the customer's own card: somebody else's looks absent. */
  async findOwned(manager: EntityManager | null, customerId: string, id: string): Promise<SavedMethodRecord | null> {
    if (!isUuid(id)) return null;
    const rows: SavedMethodRow[] = await (manager ?? this.db.manager).query(
      `SELECT * FROM saved_payment_methods WHERE id = $1 AND customer_id = $2`,
      [id, customerId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Saves a card, or refreshes its display data when the same provider method is saved again by its owner. */
  async upsert(
    tx: EntityManager,
    customerId: string,
    provider: SavedCardProviderId,
    providerCustomerId: string,
    method: SavedMethod,
  ): Promise<SavedMethodRecord | null> {
    const rows: SavedMethodRow[] = await tx.query(
      `INSERT INTO saved_payment_methods (customer_id, provider, provider_customer_id, provider_method_id, brand, last4, exp_month, exp_year)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (provider, provider_method_id) DO UPDATE
         SET brand = EXCLUDED.brand, last4 = EXCLUDED.last4, exp_month = EXCLUDED.exp_month, exp_year = EXCLUDED.exp_year
         WHERE saved_payment_methods.customer_id = EXCLUDED.customer_id
       RETURNING *`,
      [customerId, provider, providerCustomerId, method.providerMethodId, method.brand, method.last4, method.expMonth, method.expYear],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async delete(tx: EntityManager, customerId: string, id: string): Promise<void> {
    await tx.query(`DELETE FROM saved_payment_methods WHERE id = $1 AND customer_id = $2`, [id, customerId]);
  }

  /** Moves the customer's default to this card; the partial unique index keeps one at most. */
  async markDefault(tx: EntityManager, customerId: string, id: string): Promise<SavedMethodRecord | null> {
    await tx.query(`UPDATE saved_payment_methods SET is_default = false WHERE customer_id = $1 AND is_default AND id <> $2`, [
      customerId,
      id,
    ]);
    const [row] = returnedRows<SavedMethodRow>(
      await tx.query(`UPDATE saved_payment_methods SET is_default = true WHERE id = $1 AND customer_id = $2 RETURNING *`, [id, customerId]),
    );
    return row ? toRecord(row) : null;
  }

  /** Every provider customer of ours, to delete at the providers when the account goes. */
  async providerCustomers(customerId: string): Promise<{ provider: SavedCardProviderId; providerCustomerId: string }[]> {
    const rows: { provider: SavedCardProviderId; provider_customer_id: string }[] = await this.db.manager.query(
      `SELECT provider, provider_customer_id FROM payment_customers WHERE customer_id = $1`,
      [customerId],
    );
    return rows.map((row) => ({ provider: row.provider, providerCustomerId: row.provider_customer_id }));
  }

  /** Forgets every card and provider customer of a customer. */
  async deleteAllOf(tx: EntityManager, customerId: string): Promise<void> {
    await tx.query(`DELETE FROM saved_payment_methods WHERE customer_id = $1`, [customerId]);
    await tx.query(`DELETE FROM payment_customers WHERE customer_id = $1`, [customerId]);
  }
}

function toRecord(row: SavedMethodRow): SavedMethodRecord {
  return {
    id: row.id,
    customerId: row.customer_id,
    provider: row.provider,
    providerCustomerId: row.provider_customer_id,
    providerMethodId: row.provider_method_id,
    brand: row.brand,
    last4: row.last4,
    expMonth: row.exp_month,
    expYear: row.exp_year,
    isDefault: row.is_default,
    createdAt: row.created_at,
  };
}
