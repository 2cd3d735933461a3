import { DataSource } from 'typeorm';

/** Any fixed number: the advisory lock that makes replicas starting together migrate one at a time. */
const MIGRATION_LOCK = 7_302_514;

/** Applies pending migrations under a session advisory lock; returns the names it applied. */
export async function runMigrations(dataSource: DataSource, { lock = true } = {}): Promise<string[]> {
  if (!lock) return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
