// The order figures, with 100,000 orders in PostgreSQL (seeded set-based by orders-seed.mjs over 5,000
// customers, API in server mode): p50/p95/p99 and req/s at 16 connections, then at one, of the staff order
// list with each of its filters, the staff order detail, and a signed-in customer's order history and order
// detail (the customer with the most orders); beside them GET /admin/me, the cost of a signed-in request
// without an order query. Latencies are of the measured run's 200s, to 0.1 ms. At 16 connections on two
// cores a request mostly waits for the others; the one-connection figures are what the request itself costs.
// Each case runs in three passes and keeps its fastest (other work on a shared machine only slows a pass).
// Run: node bench/orders.mjs [--orders N] [--customers N] [--connections N] [--seconds N] [--passes N]
//      (PostgreSQL and Redis on 127.0.0.1; `npm run build` first)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { seedOrders } from './orders-seed.mjs';
import { barChart, root, serverModeEnv, startProcess, stopProcess, timeToFirst200 } from './support.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { createTestDatabase, dropTestDatabase, TEST_REDIS_URL } = require(join(root, 'api/dist/testing/test-database.js'));
const { values: args } = parseArgs({
  options: {
    orders: { type: 'string', default: '100000' },
    customers: { type: 'string', default: '5000' },
    connections: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '10' },
    passes: { type: 'string', default: '3' },
  },
});

const API = 'http://127.0.0.1:9340';
const SLOW_MS = 50;
const results = {
  date: new Date().toISOString(),
  node: process.version,
  orders: Number(args.orders),
  customers: Number(args.customers),
  connections: Number(args.connections),
  seconds: Number(args.seconds),
  passes: Number(args.passes),
  cases: {},
};

const databaseUrl = await createTestDatabase();
// Tokens are taken once, before the seeding: they must outlive it and every case.
const env = serverModeEnv(databaseUrl, TEST_REDIS_URL, { ACCESS_TOKEN_TTL_SECONDS: '7200' });
const db = new Client({ connectionString: databaseUrl });
let api;

try {
  // The demo store: staff to sign in as, a small catalog for the order lines, shipping methods, stock locations.
  execFileSync(process.execPath, ['api/dist/cli.js', 'seed', '--products', '200', '--variants-each', '4', '--no-images'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  api = startProcess(process.execPath, ['api/dist/main.js'], { ...env, PORT: '9340' });
  await timeToFirst200(`${API}/health`, Date.now());
  await db.connect();
  const staff = (await call('POST', '/admin/auth/login', { body: { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' } }))
    .accessToken;
  const shopper = await call('POST', '/store/auth/register', {
    body: { email: 'bench.history@example.com', password: 'a-bench-password-1', firstName: 'Bench', lastName: 'Shopper' },
  });
  const customerId = (await call('GET', '/store/me', { token: shopper.accessToken })).id;

  const since = performance.now();
  const counts = await seedOrders(db, { orders: results.orders, customers: results.customers, rank1CustomerId: customerId });
  await db.query('VACUUM ANALYZE');
  // The seed's dirty pages are written now rather than during the first case.
  await db.query('CHECKPOINT');
  results.seed = { seconds: Number(((performance.now() - since) / 1000).toFixed(1)), ...counts };
  console.log('seeded', results.seed);

  const all = await cases(staff, shopper.accessToken, customerId);
  for (const c of all) {
    const first = await fetch(`${API}${c.paths[0]}`, { headers: c.headers });
    if (first.status !== 200) throw new Error(`${c.paths[0]} answered ${first.status}: ${await first.text()}`);
    const matching = c.count
      ? Number((await db.query(`SELECT count(*) FROM orders o WHERE ${c.count[0]}`, c.count[1])).rows[0].count)
      : undefined;
    results.cases[c.label] = { path: c.paths[0], matching };
  }
  // Other work on a shared machine only ever slows a pass down, so each case keeps its fastest pass.
  for (let pass = 1; pass <= results.passes; pass++) {
    for (const c of all) {
      const kept = results.cases[c.label];
      const loaded = await measure(c.paths, c.headers, results.connections, results.seconds);
      const alone = await measure(c.paths, c.headers, 1, 5);
      if (kept.pass === undefined || loaded.p95Ms < kept.p95Ms) Object.assign(kept, loaded, { pass });
      if (!kept.oneConnection || alone.p95Ms < kept.oneConnection.p95Ms) kept.oneConnection = { ...alone, pass };
      console.log(`pass ${pass}`, c.label, loaded, alone);
    }
  }
  const slow = (p95) => Object.keys(results.cases).filter((label) => p95(results.cases[label]) > SLOW_MS);
  results.p95Over50Ms = {
    [`${results.connections} connections`]: slow((r) => r.p95Ms),
    'one connection': slow((r) => r.oneConnection.p95Ms),
  };
  save();
} finally {
  await db.end().catch(() => undefined);
  if (api) await stopProcess(api);
  await dropTestDatabase(databaseUrl);
}

/** What is measured: each list filter (with the SQL that counts the orders it matches), the details, the history. */
async function cases(staffToken, customerToken, customerId) {
  const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
  const busiest = await one(
    `SELECT customer_id AS id, count(*)::int AS n FROM orders WHERE customer_id <> $1 GROUP BY customer_id ORDER BY n DESC LIMIT 1`,
    [customerId],
  );
  const { number } = await one(`SELECT number FROM orders ORDER BY number OFFSET (SELECT count(*) / 2 FROM orders) LIMIT 1`);
  // The start of a regular customer's address (the 50th busiest), up to just past the @: how staff type one.
  const { email } = await one(
    `SELECT email FROM orders WHERE customer_id IS NOT NULL GROUP BY email ORDER BY count(*) DESC, email OFFSET 49 LIMIT 1`,
  );
  const emailPrefix = email.slice(0, email.indexOf('@') + 3);
  const day = 86_400_000;
  const placedFrom = new Date(Date.now() - 395 * day).toISOString();
  const placedTo = new Date(Date.now() - 365 * day).toISOString();
  const ids = (await db.query(`SELECT id FROM orders ORDER BY md5(id::text) LIMIT 2000`)).rows.map((r) => r.id);
  const mine = await db.query(`SELECT id FROM orders WHERE customer_id = $1 ORDER BY placed_at DESC LIMIT 200`, [customerId]);
  const name = `lower((o.shipping_address->>'firstName') || ' ' || (o.shipping_address->>'lastName'))`;

  const admin = { authorization: `Bearer ${staffToken}` };
  const list = (label, filter, count) => ({
    label: `admin list: ${label}`,
    paths: [`/admin/orders?${new URLSearchParams(filter)}`],
    headers: admin,
    count,
  });
  const history = { authorization: `Bearer ${customerToken}` };
  const historySize = (await one(`SELECT count(*)::int AS n FROM orders WHERE customer_id = $1`, [customerId])).n;
  return [
    list('no filter', {}, ['true', []]),
    list('status=cancelled', { status: 'cancelled' }, [`o.status = 'cancelled'`, []]),
    list('paymentStatus=partially_refunded', { paymentStatus: 'partially_refunded' }, [`o.payment_status = 'partially_refunded'`, []]),
    list('fulfilmentStatus=shipped', { fulfilmentStatus: 'shipped' }, [`o.fulfilment_status = 'shipped'`, []]),
    list(`customerId (the second busiest, ${busiest.n} orders)`, { customerId: busiest.id }, ['o.customer_id = $1', [busiest.id]]),
    list('placedFrom/placedTo (a month, a year ago)', { placedFrom, placedTo }, [
      'o.placed_at >= $1 AND o.placed_at < $2',
      [placedFrom, placedTo],
    ]),
    list('totalMin/totalMax (€100–€120)', { totalMin: '10000', totalMax: '12000' }, ['o.total BETWEEN 10000 AND 12000', []]),
    list('q=order number', { q: `#${number}` }, ['o.number = $1', [number]]),
    list(`q=email prefix "${emailPrefix}"`, { q: emailPrefix }, ['lower(o.email) LIKE $1', [`${emailPrefix}%`]]),
    list('q=last name "jansen"', { q: 'jansen' }, [`${name} LIKE '%jansen%'`, []]),
    list('q=full name "sophie de vries"', { q: 'sophie de vries' }, [`${name} LIKE '%sophie de vries%'`, []]),
    { label: 'admin order detail (2,000 orders in turn)', paths: ids.map((id) => `/admin/orders/${id}`), headers: admin },
    { label: 'baseline: GET /admin/me (no order query)', paths: ['/admin/me'], headers: admin },
    { label: `store order history, first page (${historySize} orders)`, paths: ['/store/me/orders'], headers: history },
    { label: 'store order detail (the 200 latest in turn)', paths: mine.rows.map((r) => `/store/me/orders/${r.id}`), headers: history },
  ];
}

/**
 * A 2 s warm-up, then the measured run; each request takes the next of `paths`. The percentiles come from
 * every 200's own time (autocannon's summary has no p95).
 */
async function measure(paths, headers, connections, seconds) {
  let next = 0;
  const options = {
    url: API,
    connections,
    headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  };
  await autocannon({ ...options, duration: 2 });
  const times = [];
  const run = autocannon({ ...options, duration: seconds });
  run.on('response', (_client, status, _bytes, ms) => status === 200 && times.push(ms));
  const result = await run;
  times.sort((a, b) => a - b);
  const at = (q) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1));
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    responseKb: Number((result.throughput.total / Math.max(1, result.requests.total) / 1024).toFixed(1)),
    errors: result.errors + result.non2xx,
  };
}

async function call(method, path, { token, body } = {}) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

function save() {
  const stamp = results.date.slice(0, 10);
  writeFileSync(join(root, `bench/results/orders-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    join(root, `bench/results/orders-${stamp}.svg`),
    barChart(
      `Orders, ${results.orders.toLocaleString('en')} in the database: p95 at ${results.connections} connections (ms, lower is better)`,
      'ms',
      Object.entries(results.cases).map(([label, r]) => ({
        label,
        value: r.p95Ms,
        colour: colour(label, r),
      })),
    ),
  );
  console.log(JSON.stringify(results, null, 2));
}

/** Amber over 50 ms at p95, grey for the baseline, light for the customer's side. */
function colour(label, r) {
  if (r.p95Ms > SLOW_MS) return '#b45309';
  if (label.startsWith('baseline')) return '#a8a29e';
  return label.startsWith('store') ? '#5eead4' : '#0f766e';
}
