import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

const root = join(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const testing = require(join(root, 'api/dist/testing/test-database.js')) as {
  createTestDatabase(): Promise<string>;
  dropTestDatabase(url: string): Promise<void>;
  TEST_REDIS_URL: string;
};

export const ARTIFACTS = join(root, 'e2e/artifacts');

export interface Shop {
  api: string;
  storefront: string;
  admin: string;
  browser: Browser;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function ready(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not start`);
}

function start(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * The whole shop as it runs in production: the API in server mode (its own PostgreSQL database copied
 * from the migrated template, Redis, the worker), the built storefront and the admin server.
 */
export async function startShop(): Promise<Shop> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const databaseUrl = await testing.createTestDatabase();
  const [apiPort, storefrontPort, adminPort] = [await freePort(), await freePort(), await freePort()];
  const api = `http://127.0.0.1:${apiPort}`;
  const storefront = `http://127.0.0.1:${storefrontPort}`;
  const admin = `http://127.0.0.1:${adminPort}`;
  const apiEnv = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: testing.TEST_REDIS_URL,
    QUEUE_PREFIX: `tp-e2e-${apiPort}`,
    JWT_SECRET: `browser-test-secret-${apiPort}-000000000000000`,
    DEMO_DATA: 'true',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    ARGON2_MEMORY_KIB: '4096',
    LOG_LEVEL: 'warn',
    CORS_ORIGINS: `${storefront},${admin}`,
    STOREFRONT_URL: storefront,
    ADMIN_URL: admin,
    OUTBOX_POLL_MS: '200',
    // A name the pages can only show if they really read it from the API.
    STORE_NAME: 'E2E Outfitters',
  };
  const processes = [start('api/dist/main.js', apiEnv), start('api/dist/worker.js', apiEnv)];
  await ready(`${api}/health`, processes[0]);
  processes.push(
    start('storefront/dist/server/entry.mjs', { API_URL: api, PORT: String(storefrontPort), HOST: '127.0.0.1' }),
    start('admin/server.mjs', { API_URL: api, PORT: String(adminPort), HOST: '127.0.0.1' }),
  );
  await Promise.all([ready(storefront, processes[2]), ready(admin, processes[3])]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    api,
    storefront,
    admin,
    browser,
    async stop() {
      await browser.close();
      await Promise.all(
        processes.map(async (child) => {
          if (child.exitCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          await exited;
        }),
      );
      await testing.dropTestDatabase(databaseUrl);
    },
  };
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** A page that fails the test on any uncaught error in the browser. */
export async function openPage(shop: Shop, viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const page = await shop.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}
