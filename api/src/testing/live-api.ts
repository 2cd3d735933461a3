import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, dropTestDatabase, TEST_REDIS_URL } from './test-database';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** dist/main.js, whether this file runs built (dist/testing) or from source under Jest (src/testing). */
function builtMain(): string {
  return __filename.endsWith('.ts') ? join(__dirname, '../../dist/main.js') : join(__dirname, '../main.js');
}

export interface LiveApi {
  url: string;
  port: number;
  jwtSecret: string;
  /** The environment the API runs with, to start more processes (the worker) on the same database. */
  env: Record<string, string>;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The built API as its own process in server mode, on a throwaway database (a copy of the migrated
 * template), Redis under its own key prefix and its own data directory, with demo data: for tests outside the API's own suite
 * (SDK, browser) and for those that need a real process (signals, start-up).
 */
export async function startLiveApi(overrides: Record<string, string> = {}): Promise<LiveApi> {
  const databaseUrl = await createTestDatabase();
  const port = await freePort();
  const jwtSecret = `live-api-secret-${port}-00000000000000000000000`;
  // Absolute, so the API and a worker started from another directory share uploads and media.
  const dataDir = mkdtempSync(join(tmpdir(), 'tp-live-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `tp-live-${port}`,
    JWT_SECRET: jwtSecret,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_DATA: 'true',
    ARGON2_MEMORY_KIB: '4096',
    LOG_LEVEL: 'warn',
    ...overrides,
  };
  const child = spawn(process.execPath, [builtMain()], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (
    !(await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the API did not start (exit ${child.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    jwtSecret,
    env,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        await exited;
      }
      await dropTestDatabase(databaseUrl);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
