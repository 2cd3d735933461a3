import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { idempotencyContext } from '../idempotency/idempotency-context';

type AfterCommit = () => void | Promise<void>;

/** Set while a transaction's work runs: the pool must not be asked for a second connection then. */
const insideTransaction = new AsyncLocalStorage<true>();

/**
 * A transaction that waits for a second pool connection deadlocks once every connection is held by such a
 * transaction (concurrent checkouts did). With TILLPOINT_STRICT_TRANSACTIONS=1 (the test suite) the pool
 * refuses such a request, so the suite finds the pattern long before load does.
 */
function guardPool(dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: { connect?: (...args: unknown[]) => unknown } }).master;
  if (process.env.TILLPOINT_STRICT_TRANSACTIONS !== '1' || typeof pool?.connect !== 'function') return;
  const connect = pool.connect.bind(pool);
  pool.connect = (...args: unknown[]) => {
    if (insideTransaction.getStore())
      throw new Error('A query on the pool inside a transaction: use the transaction manager, or read before it');
    return connect(...args);
  };
}

/**
 * The one way to open a transaction. A command's writes and its outbox rows commit together; work
 * registered with `afterCommit` (handing the outbox to the queue) runs only once the commit succeeded.
 */
@Injectable()
export class Db {
  private readonly hooks = new WeakMap<EntityManager, AfterCommit[]>();
  private readonly statementNames = new Map<string, string>();

  constructor(@InjectDataSource() readonly dataSource: DataSource) {
    guardPool(dataSource);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * Runs `work` in a transaction. The first transaction of a request with an Idempotency-Key records the
   * request's answer (its return value); a command of several transactions passes `recordsAnswer: false`
   * on all but the one whose value is the answer.
   */
  async transaction<T>(work: (tx: EntityManager) => Promise<T>, options: { recordsAnswer?: boolean } = {}): Promise<T> {
    const pending: AfterCommit[] = [];
    const idempotency = options.recordsAnswer === false ? undefined : idempotencyContext.getStore();
    const result = await this.dataSource.transaction(async (tx) => {
      this.hooks.set(tx, pending);
      const value = await insideTransaction.run(true, () => work(tx));
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

  /**
   * A read on a hot path, as a prepared statement: PostgreSQL plans it once per connection instead of on
   * every request (planning a catalog query costs more than running it). The statement is named by a
   * digest of its text, so each distinct SQL text is prepared once per connection.
   */
  async read<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const pool = (
      this.dataSource.driver as unknown as {
        master: { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }> };
      }
    ).master;
    const name = this.statementNames.get(sql) ?? `tp_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    // Bounded: SQL texts come from code, but a runaway caller must not grow this forever.
    if (this.statementNames.size > 5000) this.statementNames.clear();
    this.statementNames.set(sql, name);
    const result = await pool.query({ name, text: sql, values: params });
    return result.rows;
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
