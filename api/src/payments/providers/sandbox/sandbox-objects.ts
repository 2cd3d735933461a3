import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db, returnedRows } from '../../../platform/database/db.service';

export type SandboxKind = 'payment' | 'capture' | 'refund' | 'customer' | 'setup' | 'card';

export interface SandboxObject<T> {
  id: string;
  data: T;
}

/** `sbx_pay_3f9a...`: 96 random bits, so a reference cannot be guessed. */
export function sandboxId(prefix: string): string {
  return `sbx_${prefix}_${randomBytes(12).toString('hex')}`;
}

/**
 * The sandbox provider's own "server side": its objects in one table, so a payment started by one API
 * process is approved through another and survives restarts, as with a real provider.
 */
@Injectable()
export class SandboxObjects {
  constructor(private readonly db: Db) {}

  /** Inserts once per idempotency key: a second call with the key gets the first object back. */
  async insertOnce<T>(
    kind: SandboxKind,
    prefix: string,
    key: string | null,
    data: T | ((id: string) => T),
    tx?: EntityManager,
  ): Promise<SandboxObject<T>> {
    const manager = tx ?? this.db.manager;
    const id = sandboxId(prefix);
    const value = typeof data === 'function' ? (data as (id: string) => T)(id) : data;
    const inserted: { id: string; data: T }[] = await manager.query(
      `INSERT INTO sandbox_payment_objects (id, kind, idempotency_key, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (kind, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING RETURNING id, data`,
      [id, kind, key, JSON.stringify(value)],
    );
    if (inserted[0]) return inserted[0];
    const existing = await this.byKey<T>(kind, key ?? '', tx);
    if (!existing) throw new Error(`sandbox ${kind} for key ${key} vanished`);
    return existing;
  }

  async byKey<T>(kind: SandboxKind, key: string, tx?: EntityManager): Promise<SandboxObject<T> | null> {
    const rows: SandboxObject<T>[] = await (tx ?? this.db.manager).query(
      `SELECT id, data FROM sandbox_payment_objects WHERE kind = $1 AND idempotency_key = $2`,
      [kind, key],
    );
    return rows[0] ?? null;
  }

  async get<T>(kind: SandboxKind, id: string, tx?: EntityManager, lock = false): Promise<SandboxObject<T> | null> {
    const rows: SandboxObject<T>[] = await (tx ?? this.db.manager).query(
      `SELECT id, data FROM sandbox_payment_objects WHERE kind = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [kind, id],
    );
    return rows[0] ?? null;
  }

  async save<T>(tx: EntityManager, kind: SandboxKind, id: string, data: T): Promise<SandboxObject<T>> {
    const rows = returnedRows<SandboxObject<T>>(
      await tx.query(`UPDATE sandbox_payment_objects SET data = $3, updated_at = now() WHERE kind = $1 AND id = $2 RETURNING id, data`, [
        kind,
        id,
        JSON.stringify(data),
      ]),
    );
    return rows[0];
  }

  async delete(kind: SandboxKind, id: string): Promise<void> {
    await this.db.manager.query(`DELETE FROM sandbox_payment_objects WHERE kind = $1 AND id = $2`, [kind, id]);
  }

  /**
   * The sandbox's own short transactions, like a provider's database: never the caller's, and not through
   * `Db.transaction`, which would record this as the answer of the caller's Idempotency-Key.
   */
  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.dataSource.transaction(work);
  }
}
