// The cart and checkout figures, on the demo store with 2,000 products × 4 variants in PostgreSQL (API and
// worker in server mode, Redis queues): add-to-cart at 32 connections (each request adds to a fresh guest
// cart), a new cart with one line in one request beside a bare node:http + pg handler doing the same,
// completed sandbox checkouts per second at 32 at a time, and the race: 1,000 shoppers paying at once
// for 100 units, with its outcome checked in the database (orders, stock level, ledger).
// Run: node bench/checkout.mjs [--products N] [--shoppers N --units N]  (PostgreSQL and Redis on 127.0.0.1; `npm run build` first)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { inBatches, shopAt } from './checkout-shop.mjs';
import { barChart, load, root, serverModeEnv, startProcess, stopProcess, timeToFirst200 } from './support.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { createTestDatabase, dropTestDatabase, TEST_REDIS_URL } = require(join(root, 'api/dist/testing/test-database.js'));
const { values: args } = parseArgs({
  options: {
    products: { type: 'string', default: '2000' },
    shoppers: { type: 'string', default: '1000' },
    units: { type: 'string', default: '100' },
    checkouts: { type: 'string', default: '1500' },
  },
});

const API = 'http://127.0.0.1:9330';
const BARE = 'http://127.0.0.1:9331';
const results = { date: new Date().toISOString(), node: process.version, products: Number(args.products), throughput: {} };

const databaseUrl = await createTestDatabase();
const env = serverModeEnv(databaseUrl, TEST_REDIS_URL);
execFileSync(process.execPath, ['api/dist/cli.js', 'seed', '--products', args.products, '--variants-each', '4', '--no-images'], {
  cwd: root,
  env: { ...process.env, ...env },
  stdio: ['ignore', 'ignore', 'inherit'],
});
execFileSync('psql', [databaseUrl, '-qc', 'VACUUM ANALYZE']);

const api = startProcess(process.execPath, ['api/dist/main.js'], { ...env, PORT: '9330' });
const worker = startProcess(process.execPath, ['api/dist/worker.js'], env);
await timeToFirst200(`${API}/health`, Date.now());
const shop = shopAt(API);
let staff;
let plenty;

try {
  staff = await shop.staffToken();
  plenty = await shop.variant(staff, null);
  await addToCart();
  await newCartWithOneLine();
  await checkouts();
  await race(Number(args.shoppers), Number(args.units));
  save();
} finally {
  await stopProcess(worker);
  await stopProcess(api);
  await dropTestDatabase(databaseUrl);
}

/** Each request adds one unit to a guest cart made beforehand; carts are reused only once all were used. */
async function addToCart() {
  const carts = await inBatches(Array.from({ length: 12_000 }), 32, () => shop.cart());
  let next = 0;
  results.throughput['add to cart (POST /store/carts/{id}/lines)'] = await load(API, {
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const cart = carts[next++ % carts.length];
          return {
            ...request,
            path: `/store/carts/${cart.id}/lines`,
            headers: { 'content-type': 'application/json', 'x-cart-token': cart.token },
            body: JSON.stringify({ variantId: plenty, quantity: 1 }),
          };
        },
      },
    ],
  });
}

/** A new guest cart with its first line in one request (POST /store/carts with lines), beside the bare handler doing the same. */
async function newCartWithOneLine() {
  results.throughput['new cart with one line (POST /store/carts with lines)'] = await load(`${API}/store/carts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ lines: [{ variantId: plenty, quantity: 1 }] }),
  });
  const bare = startProcess(process.execPath, ['bench/bare-cart.mjs'], { DATABASE_URL: databaseUrl, PORT: '9331', VARIANT_ID: plenty });
  await timeToFirst200(`${BARE}/`, Date.now());
  results.throughput['bare node:http + pg new cart with one line (the ceiling)'] = await load(BARE, { method: 'POST' });
  await stopProcess(bare);
  results.newCartShareOfCeiling = Math.round(
    (100 * results.throughput['new cart with one line (POST /store/carts with lines)'].requestsPerSecond) /
      results.throughput['bare node:http + pg new cart with one line (the ceiling)'].requestsPerSecond,
  );
}

/** Completed sandbox checkouts, 32 at a time, over carts filled up to payment beforehand. */
async function checkouts() {
  const count = Number(args.checkouts);
  const carts = await inBatches(Array.from({ length: count }), 16, () => shop.readyCart(plenty));
  const latencies = [];
  let placed = 0;
  const started = performance.now();
  await closedLoop(carts, 32, async (cart) => {
    const t = performance.now();
    const answer = await shop.checkout(cart);
    latencies.push(performance.now() - t);
    if (answer.status === 201 && answer.body.status === 'placed') placed++;
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  results.checkouts = {
    attempted: count,
    placed,
    seconds: Number(seconds.toFixed(1)),
    perSecond: Number((placed / seconds).toFixed(1)),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

/** `shoppers` carts for one variant with `units` in stock, all paid at once; then the books. */
async function race(shoppers, units) {
  const variantId = await shop.variant(staff, units);
  const carts = await inBatches(Array.from({ length: shoppers }), 16, () => shop.readyCart(variantId));
  const started = performance.now();
  const answers = await Promise.all(carts.map((cart) => shop.checkout(cart)));
  const seconds = (performance.now() - started) / 1000;
  const tally = {};
  for (const { status, body } of answers) {
    const key = status === 201 ? `201 ${body.status}` : `${status} ${body?.code ?? ''}`.trim();
    tally[key] = (tally[key] ?? 0) + 1;
  }
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const [orders] = (await db.query(`SELECT count(DISTINCT order_id)::int AS n FROM order_lines WHERE variant_id = $1`, [variantId])).rows;
  const [level] = (
    await db.query(`SELECT sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM stock_levels WHERE variant_id = $1`, [
      variantId,
    ])
  ).rows;
  const [ledger] = (
    await db.query(
      `SELECT sum(on_hand_delta)::int AS on_hand, sum(reserved_delta)::int AS reserved FROM stock_movements WHERE variant_id = $1`,
      [variantId],
    )
  ).rows;
  await db.end();
  results.race = {
    shoppers,
    units,
    seconds: Number(seconds.toFixed(1)),
    answers: tally,
    ordersForTheVariant: orders.n,
    stockAfter: level,
    ledgerSum: ledger,
    ledgerBalanced: level.on_hand === ledger.on_hand && level.reserved === ledger.reserved,
    exact: orders.n === units && level.on_hand === 0 && level.reserved === 0,
  };
}

/** `width` workers, each taking the next item as soon as it is done with one. */
async function closedLoop(items, width, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

function save() {
  const stamp = results.date.slice(0, 10);
  writeFileSync(join(root, `bench/results/checkout-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    join(root, `bench/results/checkout-${stamp}.svg`),
    barChart('Cart writes, 32 connections (per second, higher is better)', '/s', [
      ...Object.entries(results.throughput).map(([label, r]) => ({
        label,
        value: r.requestsPerSecond,
        colour: label.includes('bare') ? '#a8a29e' : '#0f766e',
      })),
      { label: 'completed sandbox checkouts (32 at a time)', value: results.checkouts.perSecond, colour: '#5eead4' },
    ]),
  );
  console.log(JSON.stringify(results, null, 2));
}
