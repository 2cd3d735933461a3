import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { idempotencyContext } from '../idempotency/idempotency-context';

type AfterCommit = () => void | Promise<void>;

/**
 * The one way to open a transaction. A command's writes and its outbox rows commit together; work
 * registered with `afterCommit` (handing the outbox to the queue) runs only once the commit succeeded.
 */
@Injectable()
export class Db {
  private readonly hooks = new WeakMap<EntityManager, AfterCommit[]>();

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    const pending: AfterCommit[] = [];
    const idempotency = idempotencyContext.getStore();
    const result = await this.dataSource.transaction(async (tx) => {
      this.hooks.set(tx, pending);
      const value = await work(tx);
      // The request's Idempotency-Key gets its answer in this same transaction: both commit, or neither.
      if (idempotency && !idempotency.recorded) {
        await tx.query(`UPDATE idempotency_keys SET status = 'done', response_status = $2, response_body = $3 WHERE id = $1`, [
          idempotency.keyId,
          idempotency.successStatus,
          JSON.stringify(value ?? null),
        ]);
      }
      return value;
    });
    if (idempotency) idempotency.recorded = true;
    for (const hook of pending) {
      try {
        await hook();
      } catch {
        // After-commit work is best effort by design: the outbox relay's poll picks up whatever a hook missed.
      }
    }
    return result;
  }

  /** Runs `hook` after `tx` commits; outside a transaction it runs at once. */
  afterCommit(tx: EntityManager, hook: AfterCommit): void {
    const pending = this.hooks.get(tx);
    if (pending) pending.push(hook);
    else
      void Promise.resolve()
        .then(hook)
        .catch(() => undefined);
  }
}

/** PostgreSQL's unique_violation, optionally on one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? error;
  const { code, constraint: name } = driverError as { code?: string; constraint?: string };
  return code === '23505' && (!constraint || name === constraint);
}

/** `manager.query` answers an UPDATE or DELETE ... RETURNING as `[rows, count]` and anything else as rows. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
