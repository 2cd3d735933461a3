// The catalog's figures, with 10,000 products × 4 variants in PostgreSQL: req/s and p99 at 32 connections of
// the first listing page (24 products with variants, prices and availability), a filtered page, search and
// product detail; the same listing from a bare node:http + pg handler in the same run, as the ceiling;
// one-connection latency; the storefront product page's server render p95 and its gzipped JavaScript.
// Run: node bench/catalog.mjs [--products N] [--api-only]  (PostgreSQL and Redis on 127.0.0.1; `npm run build` first)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { barChart, load, root, rssMb, serverModeEnv, startProcess, stopProcess, timeToFirst200 } from './support.mjs';
import { renderTimes, shippedJavaScript } from './storefront-page.mjs';

const require = createRequire(import.meta.url);
const { createTestDatabase, dropTestDatabase, TEST_REDIS_URL } = require(join(root, 'api/dist/testing/test-database.js'));
const { values: args } = parseArgs({
  options: { products: { type: 'string', default: '10000' }, 'api-only': { type: 'boolean', default: false } },
});

const API = 'http://localhost:9320';
const STOREFRONT = 'http://localhost:9322';
const results = {
  date: new Date().toISOString(),
  node: process.version,
  products: Number(args.products),
  throughput: {},
  oneConnection: {},
  storefront: {},
};

const databaseUrl = await createTestDatabase();
const env = serverModeEnv(databaseUrl, TEST_REDIS_URL);

let since = Date.now();
execFileSync(process.execPath, ['api/dist/cli.js', 'seed', '--products', args.products, '--variants-each', '4', '--no-images'], {
  cwd: root,
  env: { ...process.env, ...env },
  stdio: ['ignore', 'ignore', 'inherit'],
});
results.seedSeconds = Math.round((Date.now() - since) / 1000);
execFileSync('psql', [databaseUrl, '-qc', 'VACUUM ANALYZE']);

const PAGES = {
  'listing, first page (24 products)': '/store/products?limit=24',
  'listing, filtered (category, in stock, price, sort)':
    '/store/products?limit=24&category=clothing&inStock=true&priceMax=15000&sort=price_asc',
  'search "merino jumper"': '/store/search?limit=24&q=merino%20jumper',
  'search with typos "merno jumpr"': '/store/search?limit=24&q=merno%20jumpr',
  'product detail by handle': '/store/products/{handle}',
};

/** Every page at 32 connections and at one, after a warm-up that lets the JIT and the prepared statements settle. */
async function measureApi(label, extraEnv) {
  const api = startProcess(process.execPath, ['api/dist/main.js'], { ...env, ...extraEnv, PORT: '9320' });
  await timeToFirst200(`${API}/health`, Date.now());
  const handle = (await fetch(`${API}/store/products?limit=1`).then((r) => r.json())).items[0].handle;
  const pages = Object.entries(PAGES).map(([name, path]) => [`${name}, ${label}`, `${API}${path.replace('{handle}', handle)}`]);
  for (const [, url] of pages) {
    const status = await fetch(url).then((r) => r.status);
    if (status !== 200) throw new Error(`${url} answered ${status}`);
    await load(url, { seconds: 3 });
  }
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(api.pid))), 250);
  for (const [name, url] of pages) results.throughput[name] = await load(url);
  clearInterval(sampler);
  results.apiPeakRssMb[label] = peak;
  for (const [name, url] of pages) results.oneConnection[name] = await load(url, { connections: 1, seconds: 5 });
  return { api, handle };
}

results.apiPeakRssMb = {};
await stopProcess((await measureApi('read cache off', { READ_CACHE_MB: '0' })).api);
const { api, handle } = await measureApi('read cache on', {});

const bare = startProcess(process.execPath, ['bench/bare-catalog.mjs'], { DATABASE_URL: databaseUrl, PORT: '9321' });
await timeToFirst200('http://localhost:9321/', Date.now());
await load('http://localhost:9321/', { seconds: 3 });
results.throughput['bare node:http + pg listing (the ceiling)'] = await load('http://localhost:9321/');
results.oneConnection['bare node:http + pg listing (the ceiling)'] = await load('http://localhost:9321/', { connections: 1, seconds: 5 });
await stopProcess(bare);

const ceiling = results.throughput['bare node:http + pg listing (the ceiling)'].requestsPerSecond;
results.listingShareOfCeiling = Object.fromEntries(
  ['read cache off', 'read cache on'].map((label) => [
    label,
    Math.round((100 * results.throughput[`listing, first page (24 products), ${label}`].requestsPerSecond) / ceiling),
  ]),
);

if (!args['api-only']) await storefrontFigures();
await stopProcess(api);
await dropTestDatabase(databaseUrl);

async function storefrontFigures() {
  const storefront = startProcess(process.execPath, ['storefront/dist/server/entry.mjs'], {
    API_URL: API,
    PORT: '9322',
    HOST: '127.0.0.1',
  });
  since = Date.now();
  await timeToFirst200(`${STOREFRONT}/`, since);
  const handles = (await fetch(`${API}/store/products?limit=48`).then((r) => r.json())).items.map((p) => p.handle);
  results.storefront.productPage = await renderTimes(handles.map((h) => `${STOREFRONT}/products/${h}`));
  results.storefront.javascript = await shippedJavaScript(`${STOREFRONT}/products/${handle}`);
  await stopProcess(storefront);
}

const stamp = results.date.slice(0, 10);
writeFileSync(join(root, `bench/results/catalog-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(
  join(root, `bench/results/catalog-${stamp}.svg`),
  barChart(
    `Catalog reads, ${results.products.toLocaleString('en')} products, 32 connections (req/s, higher is better)`,
    'req/s',
    Object.entries(results.throughput).map(([label, r]) => ({
      label,
      value: r.requestsPerSecond,
      colour: label.includes('bare') ? '#a8a29e' : label.includes('cache off') ? '#5eead4' : '#0f766e',
    })),
  ),
);
console.log(JSON.stringify(results, null, 2));
