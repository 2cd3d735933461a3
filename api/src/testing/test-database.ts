import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from '../platform/database/migrations';

/**
 * Throwaway PostgreSQL databases for tests: migrations run once into a template database (named by a
 * digest of the migration list, so a new migration makes a new template), and each test file copies it
 * with CREATE DATABASE ... TEMPLATE, which takes a few tens of milliseconds.
 */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function templateName(): string {
  // The migrations' code, not only their names: an edited migration must not reuse an old template.
  const digest = createHash('sha256')
    .update(migrations.map((m) => `${m.name}:${m.prototype.up.toString()}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  return `tillpoint_template_${digest}`;
}

async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template once per migration set; safe to call from every Jest worker. */
export async function ensureTemplate(): Promise<string> {
  const name = templateName();
  const exists = await withServer(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
  if (exists) return name;
  const building = `${name}_build_${randomBytes(3).toString('hex')}`;
  await withServer((c) => c.query(`CREATE DATABASE ${building}`));
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl(building), migrations, installExtensions: false });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  // When it was made, so leftovers can tell an old template from one another run (another checkout) still uses.
  await withServer((c) => c.query(`COMMENT ON DATABASE ${building} IS '${Date.now()}'`));
  // Renamed into place only when complete, so a crashed build never becomes a template.
  await withServer((c) => c.query(`ALTER DATABASE ${building} RENAME TO ${name}`)).catch(async () => {
    await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${building}`));
  });
  return name;
}

export async function createTestDatabase(): Promise<string> {
  const template = await ensureTemplate();
  const name = `tp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return databaseUrl(name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

const TEMPLATE_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Drops templates of other migration sets made over a day ago (another checkout's run on this machine may
 * still be copying a newer one) and databases of test processes that are gone (a crashed or killed run
 * leaves its copy behind). Best effort: a database still in use is skipped.
 */
export async function dropLeftovers(): Promise<void> {
  const current = templateName();
  const databases: { datname: string; made: string | null }[] = await withServer(
    async (c) =>
      (
        await c.query(
          `SELECT datname, shobj_description(oid, 'pg_database') AS made FROM pg_database
            WHERE datname LIKE 'tillpoint_template_%' OR datname LIKE 'tp_test_%'`,
        )
      ).rows,
  );
  const stale = databases
    .filter(({ datname: name, made }) => {
      if (name.startsWith('tillpoint_template_')) {
        return name !== current && !name.includes('_build_') && Date.now() - Number(made ?? 0) > TEMPLATE_KEPT_MS;
      }
      const pid = Number(name.split('_')[2]);
      return Number.isInteger(pid) && !processAlive(pid);
    })
    .map(({ datname }) => datname);
  for (const name of stale) await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${name}`)).catch(() => undefined);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
