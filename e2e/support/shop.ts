import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

const root = join(__dirname, '../..');
// The API package builds this helper for tests outside its own suite.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freePort, startLiveApi } = require(join(root, 'api/dist/testing/live-api.js')) as {
  freePort(): Promise<number>;
  startLiveApi(env: Record<string, string>): Promise<{ url: string; env: Record<string, string>; stop(): Promise<void> }>;
};

export const ARTIFACTS = join(root, 'e2e/artifacts');

export interface Shop {
  api: string;
  storefront: string;
  admin: string;
  browser: Browser;
  stop(): Promise<void>;
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
  const [storefrontPort, adminPort] = [await freePort(), await freePort()];
  const storefront = `http://127.0.0.1:${storefrontPort}`;
  const admin = `http://127.0.0.1:${adminPort}`;
  const liveApi = await startLiveApi({
    CORS_ORIGINS: `${storefront},${admin}`,
    STOREFRONT_URL: storefront,
    ADMIN_URL: admin,
    OUTBOX_POLL_MS: '200',
    // A name the pages can only show if they really read it from the API.
    STORE_NAME: 'E2E Outfitters',
  });
  const api = liveApi.url;
  const processes = [
    start('api/dist/worker.js', liveApi.env),
    start('storefront/dist/server/entry.mjs', { API_URL: api, PORT: String(storefrontPort), HOST: '127.0.0.1' }),
    start('admin/server.mjs', { API_URL: api, PORT: String(adminPort), HOST: '127.0.0.1' }),
  ];
  await Promise.all([ready(storefront, processes[1]), ready(admin, processes[2])]);
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
      await liveApi.stop();
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
