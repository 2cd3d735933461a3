// The foundation's figures: time from the quick-start command to the first 200 from /health (fresh data
// directory, then a second start), API memory idle and under load, and requests per second with p99 of
// GET /health and an authenticated GET /admin/me at 32 connections, beside a bare node:http + pg handler.
// Run: node bench/foundation.mjs  (PostgreSQL and Redis on 127.0.0.1; `npm run build` first)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { barChart, load, root, rssMb, serverModeEnv, startProcess, stopProcess, timeToFirst200 } from './support.mjs';

const require = createRequire(import.meta.url);
const { createTestDatabase, dropTestDatabase, TEST_REDIS_URL } = require(join(root, 'api/dist/testing/test-database.js'));
const results = { date: new Date().toISOString(), node: process.version, startup: {}, memory: {}, throughput: {} };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function quickStartTimes() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tp-bench-start-'));
  const env = { DATA_DIR: dataDir, PORT: '9300', STOREFRONT_PORT: '9301', ADMIN_PORT: '9302' };
  for (const run of ['fresh data directory', 'second start']) {
    const since = Date.now();
    const shop = startProcess('npm', ['start'], env);
    const apiMs = await timeToFirst200('http://localhost:9300/health', since);
    const shopMs = Math.max(
      apiMs,
      await timeToFirst200('http://localhost:9301/', since),
      await timeToFirst200('http://localhost:9302/', since),
    );
    results.startup[`npm start, ${run}`] = { healthMs: apiMs, wholeShopMs: shopMs };
    await stopProcess(shop);
    await sleep(500);
  }
  const since = Date.now();
  const api = startProcess(process.execPath, ['api/dist/main.js'], { DATA_DIR: dataDir, PORT: '9300', LOG_LEVEL: 'warn' });
  results.startup['node api/dist/main.js alone, embedded, existing data'] = {
    healthMs: await timeToFirst200('http://localhost:9300/health', since),
  };
  await sleep(3000);
  results.memory['embedded (PGlite in the process), idle'] = rssMb(api.pid);
  await stopProcess(api);
  rmSync(dataDir, { recursive: true, force: true });
}

async function serverModeFigures() {
  const databaseUrl = await createTestDatabase();
  const env = serverModeEnv(databaseUrl, TEST_REDIS_URL, { DEMO_DATA: 'true', PORT: '9310' });
  // The first start loads the demo data (catalog images included); a shop restarts far more often than it
  // is created, so the start figure is the second one.
  const first = startProcess(process.execPath, ['api/dist/main.js'], env);
  await timeToFirst200('http://localhost:9310/health', Date.now());
  await stopProcess(first);
  const since = Date.now();
  const api = startProcess(process.execPath, ['api/dist/main.js'], env);
  results.startup['node api/dist/main.js alone, server mode (PostgreSQL + Redis), existing data'] = {
    healthMs: await timeToFirst200('http://localhost:9310/health', since),
  };
  await sleep(3000);
  results.memory['server mode, idle'] = rssMb(api.pid);

  const login = await fetch('http://localhost:9310/admin/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' }),
  }).then((r) => r.json());
  const auth = { authorization: `Bearer ${login.accessToken}` };

  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(api.pid))), 250);
  results.throughput['GET /health (API)'] = await load('http://localhost:9310/health');
  results.throughput['GET /admin/me, staff token (API)'] = await load('http://localhost:9310/admin/me', { headers: auth });
  clearInterval(sampler);
  results.memory['server mode, peak under load'] = peak;
  await stopProcess(api);

  const bare = startProcess(process.execPath, ['bench/bare-health.mjs'], { DATABASE_URL: databaseUrl, PORT: '9311' });
  await timeToFirst200('http://localhost:9311/health', Date.now());
  results.throughput['GET /health (bare node:http + pg, the ceiling)'] = await load('http://localhost:9311/health');
  await stopProcess(bare);
  await dropTestDatabase(databaseUrl);
}

await quickStartTimes();
await serverModeFigures();

const stamp = results.date.slice(0, 10);
writeFileSync(join(root, `bench/results/foundation-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(
  join(root, `bench/results/foundation-${stamp}.svg`),
  barChart(
    'Requests per second at 32 connections (higher is better)',
    'req/s',
    Object.entries(results.throughput).map(([label, r]) => ({
      label,
      value: r.requestsPerSecond,
      colour: label.includes('bare') ? '#a8a29e' : '#0f766e',
    })),
  ),
);
console.log(JSON.stringify(results, null, 2));
