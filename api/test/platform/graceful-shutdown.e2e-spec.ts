import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Db } from '../../src/platform/database/db.service';
import { Outbox } from '../../src/platform/outbox/outbox.service';
import { createTestDatabase, dropTestDatabase, TEST_REDIS_URL } from '../../src/testing/test-database';
import { startTestApp } from '../support/test-app';
import { TestJobs, TestJobsModule, until } from '../support/test-jobs.module';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

describe('graceful shutdown', () => {
  it('finishes the request in flight on SIGTERM, refuses new ones, and exits 0', async () => {
    const databaseUrl = await createTestDatabase();
    const port = await freePort();
    const api: ChildProcess = spawn(process.execPath, [join(__dirname, '../../dist/main.js')], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: `tp-shutdown-${port}`,
        JWT_SECRET: 'a-secret-for-the-shutdown-test-0000000000',
        PORT: String(port),
        HOST: '127.0.0.1',
        // A slow password hash makes the registration a request that is surely still running at SIGTERM.
        ARGON2_MEMORY_KIB: '262144',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      await until(async () => (await fetch(`${base}/health`).catch(() => null))?.status === 200, 20_000);
      const inFlight = fetch(`${base}/store/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'late@example.com', password: 'registered-at-shutdown' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const exited = once(api, 'exit');
      api.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(201);
      expect(response.headers.get('connection')).toBe('close');
      const [code] = await exited;
      expect(code).toBe(0);
      await expect(fetch(`${base}/health`)).rejects.toThrow();
    } finally {
      api.kill('SIGKILL');
      await dropTestDatabase(databaseUrl);
    }
  });

  it('lets a job in hand finish before the process stops', async () => {
    const app = await startTestApp({ withoutRedis: true, imports: [TestJobsModule] });
    await app.app.get(Db).transaction((tx) => app.app.get(Outbox).add(tx, 'reports.test-job', { name: 'slow-at-shutdown', sleepMs: 800 }));
    await until(() => TestJobs.runsOf('slow-at-shutdown').length === 1);
    await app.close();
    expect(TestJobs.finished).toContain('slow-at-shutdown');
  });
});
