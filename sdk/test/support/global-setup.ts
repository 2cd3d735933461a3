import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A real API process (server mode on a throwaway database, Redis, demo data) for tests outside the api package. */
export interface LiveApi {
  url: string;
  jwtSecret: string;
  stop(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const testing = require(join(__dirname, '../../../api/dist/testing/test-database.js')) as {
  createTestDatabase(): Promise<string>;
  dropTestDatabase(url: string): Promise<void>;
  TEST_REDIS_URL: string;
};

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function startLiveApi(env: Record<string, string> = {}): Promise<LiveApi> {
  const databaseUrl = await testing.createTestDatabase();
  const port = await freePort();
  const jwtSecret = `live-api-secret-${port}-0000000000000000000000`;
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '../../../api/dist/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: testing.TEST_REDIS_URL,
      QUEUE_PREFIX: `tp-live-${port}`,
      JWT_SECRET: jwtSecret,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'true',
      ARGON2_MEMORY_KIB: '4096',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const healthy = await fetch(`${url}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the API did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    jwtSecret,
    async stop() {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      await testing.dropTestDatabase(databaseUrl);
    },
  };
}

/** One API for all SDK tests; its URL and signing secret reach the test files through the environment. */
export default async function globalSetup(): Promise<void> {
  const api = await startLiveApi();
  process.env.TILLPOINT_TEST_API_URL = api.url;
  process.env.TILLPOINT_TEST_JWT_SECRET = api.jwtSecret;
  (globalThis as { liveApi?: typeof api }).liveApi = api;
}
