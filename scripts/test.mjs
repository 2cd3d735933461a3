// `npm test`: every check CI runs. Lint and types, builds, the OpenAPI/SDK drift check, the API's unit and
// end-to-end tests (PostgreSQL and Redis on 127.0.0.1), the SDK against a live API, browser tests in
// Chromium, and a smoke run of the built API on Node 24.
import { createConnection } from 'node:net';
import { ensureInstalled, nx, root, run } from './lib.mjs';
import { join } from 'node:path';

function reachable(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

const started = Date.now();
ensureInstalled();
const missing = [];
if (!(await reachable(5432))) missing.push('PostgreSQL on 127.0.0.1:5432 (pg_ctlcluster --skip-systemctl-redirect 15 main start)');
if (!(await reachable(6379))) missing.push('Redis on 127.0.0.1:6379 (redis-server --daemonize yes --port 6379 --save "" --appendonly no)');
if (missing.length) {
  console.error(`The tests need:\n  - ${missing.join('\n  - ')}\n(bash .ci/run starts them for you.)`);
  process.exit(1);
}

const step = (title) => console.log(`\n━━ ${title} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
step('formatting (prettier)');
run(process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.', '--log-level=warn']);
step('lint, types and builds');
nx(['run-many', '-t', 'lint', 'typecheck', 'build', '--output-style=stream']);
step('tests: contract drift, API, SDK, browser');
nx(['run-many', '-t', 'test', '--parallel=1', '--output-style=stream']);
if (process.env.TILLPOINT_SKIP_NODE24 !== '1') {
  step('the built API on Node 24');
  run(process.execPath, [join(root, 'scripts/node24-smoke.mjs')]);
}
console.log(`\n✔ all checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
