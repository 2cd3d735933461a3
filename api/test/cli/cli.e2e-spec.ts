import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase, dropTestDatabase } from '../../src/testing/test-database';

const run = promisify(execFile);
const cli = join(__dirname, '../../dist/cli.js');

describe('operator commands', () => {
  let databaseUrl: string;
  const env = () => ({
    ...process.env,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'a-secret-for-the-cli-test-000000000000000',
    ARGON2_MEMORY_KIB: '4096',
  });
  const query = async (sql: string) => {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      return (await db.query(sql)).rows;
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    databaseUrl = await createTestDatabase();
  });
  afterAll(() => dropTestDatabase(databaseUrl));

  it('creates the first owner, printing a password when none is given', async () => {
    const { stdout } = await run(process.execPath, [cli, 'create-owner', '--email', 'Boss@Shop.test', '--name', 'The Boss'], {
      env: env(),
    });
    expect(stdout).toMatch(/owner boss@shop\.test created; password: \S{12,}/);
    expect(await query(`SELECT email, role, status FROM staff_users`)).toEqual([
      { email: 'boss@shop.test', role: 'owner', status: 'active' },
    ]);
    await expect(
      run(process.execPath, [cli, 'create-owner', '--email', 'boss@shop.test', '--name', 'Again'], { env: env() }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('exists already'),
    });
  });

  it('seeds demo data idempotently', async () => {
    await run(process.execPath, [cli, 'seed'], { env: env() });
    await run(process.execPath, [cli, 'seed'], { env: env() });
    const roles = await query(
      `SELECT role, count(*)::int AS n FROM staff_users WHERE email LIKE '%@demo.tillpoint.dev' GROUP BY role ORDER BY role`,
    );
    expect(roles.map((r) => r.role)).toEqual(['analyst', 'catalog', 'fulfilment', 'manager', 'owner', 'support']);
    expect(roles.every((r) => r.n === 1)).toBe(true);
    expect((await query(`SELECT count(*)::int AS n FROM customers`))[0].n).toBe(4);
  });

  it('stops with a message naming a bad variable', async () => {
    await expect(run(process.execPath, [cli, 'migrate'], { env: { ...env(), PORT: 'not-a-port' } })).rejects.toMatchObject({
      stderr: expect.stringContaining('PORT'),
    });
  });
});

describe('API start-up', () => {
  it('refuses to start with a bad value, naming it, and exits with EX_CONFIG', async () => {
    const main = join(__dirname, '../../dist/main.js');
    const failure = await run(process.execPath, [main], { env: { ...process.env, PORT: 'ninety', RATE_LIMIT_PER_MINUTE: '-1' } }).catch(
      (error) => error,
    );
    expect(failure.code).toBe(78);
    expect(failure.stderr).toContain('PORT');
    expect(failure.stderr).toContain('RATE_LIMIT_PER_MINUTE');
  });
});
