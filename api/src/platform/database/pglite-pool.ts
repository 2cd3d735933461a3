import type { PGlite, Results } from '@electric-sql/pglite';

/** The slice of node-postgres' result that TypeORM's postgres driver reads. */
interface PgResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}

type ConnectCallback = (error: Error | undefined, client: PglitePoolClient, release: () => void) => void;

/**
 * A FIFO mutex: PGlite has one PostgreSQL session, so a query runner must hold it from `connect()` until
 * release, exactly like a pg Pool of one connection. Without this, concurrent TypeORM transactions share
 * the session and interleave (the published typeorm-pglite driver's bug: a rolled-back write persisted).
 */
class SessionLock {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}

function toPgResult(result: Results): PgResult {
  return {
    rows: result.rows,
    rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
    command: result.command ?? '',
    fields: result.fields,
  };
}

/** What TypeORM calls a connection: a handle on the session while this runner owns it. */
class PglitePoolClient {
  constructor(private readonly db: PGlite) {}

  async query(sql: string, params?: unknown[]): Promise<PgResult> {
    if (params?.length) return toPgResult(await this.db.query(sql, params));
    // The extended protocol refuses several statements in one string; pg's simple protocol takes them.
    const results = await this.db.exec(sql);
    const last = results.at(-1);
    return last ? toPgResult(last) : { rows: [], rowCount: 0, command: '', fields: [] };
  }

  on(): this {
    return this;
  }

  removeListener(): this {
    return this;
  }
}

/**
 * Builds a module shaped like `pg` (only `Pool`) for TypeORM's `driver` option, serving every
 * connection from one PGlite instance, one query runner at a time.
 */
export interface EmbeddedDriver {
  Pool: new () => unknown;
  close(): Promise<void>;
}

export function pglitePgModule(db: PGlite): EmbeddedDriver {
  const lock = new SessionLock();
  const client = new PglitePoolClient(db);

  class PglitePool {
    totalCount = 1;
    idleCount = 1;
    waitingCount = 0;

    on(): this {
      return this;
    }

    connect(callback?: ConnectCallback): Promise<PglitePoolClient> | void {
      const acquired = lock.acquire().then(() => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          lock.release();
        };
        return { client, release };
      });
      if (!callback) return acquired.then(({ client: c, release }) => Object.assign(Object.create(c), { release }));
      void acquired.then(({ client: c, release }) => callback(undefined, c, release));
    }

    /** Also takes node-postgres' `{ name, text, values }` form; PGlite prepares nothing by name, so the name is ignored. */
    async query(sqlOrConfig: string | { text: string; values?: unknown[] }, params?: unknown[]): Promise<PgResult> {
      const [sql, values] = typeof sqlOrConfig === 'string' ? [sqlOrConfig, params] : [sqlOrConfig.text, sqlOrConfig.values];
      await lock.acquire();
      try {
        return await client.query(sql, values);
      } finally {
        lock.release();
      }
    }

    end(callback?: (error?: Error) => void): Promise<void> | void {
      // The PGlite instance outlives the pool; its owner closes it after TypeORM lets go.
      if (callback) callback();
      else return Promise.resolve();
    }
  }

  return { Pool: PglitePool as unknown as new () => unknown, close: () => db.close() };
}
