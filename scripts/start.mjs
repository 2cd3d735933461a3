// `npm start`: installs, builds and runs the whole shop (API, storefront, admin) on the embedded default
// with demo data, then prints where everything is. DATABASE_URL / REDIS_URL switch to server mode.
import { ensureInstalled, nx, prettyLog, root, startChild, waitFor } from './lib.mjs';
import { join } from 'node:path';

const started = Date.now();
ensureInstalled();
nx(['run-many', '-t', 'build', '--projects=@tillpoint/api,@tillpoint/sdk,@tillpoint/storefront,@tillpoint/admin', '--output-style=stream']);

const apiPort = process.env.PORT ?? '9000';
const storefrontPort = process.env.STOREFRONT_PORT ?? '4321';
const adminPort = process.env.ADMIN_PORT ?? '5173';
const apiUrl = `http://localhost:${apiPort}`;
const storefrontUrl = `http://localhost:${storefrontPort}`;
const adminUrl = `http://localhost:${adminPort}`;

const apiEnv = {
  PORT: apiPort,
  DATA_DIR: process.env.DATA_DIR ?? join(root, '.data'),
  STOREFRONT_URL: storefrontUrl,
  ADMIN_URL: adminUrl,
  CORS_ORIGINS: process.env.CORS_ORIGINS ?? `${storefrontUrl},${adminUrl},http://127.0.0.1:${storefrontPort},http://127.0.0.1:${adminPort}`,
};
const children = [startChild('api', process.execPath, ['api/dist/main.js'], apiEnv, prettyLog)];
if (process.env.REDIS_URL) children.push(startChild('worker', process.execPath, ['api/dist/worker.js'], apiEnv, prettyLog));
children.push(
  startChild('storefront', process.execPath, ['storefront/dist/server/entry.mjs'], {
    API_URL: apiUrl,
    PORT: storefrontPort,
    HOST: '0.0.0.0',
  }),
  startChild('admin', process.execPath, ['admin/server.mjs'], { API_URL: apiUrl, PORT: adminPort, HOST: '0.0.0.0' }),
);

let stopping = false;
const stop = (code = 0) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5_000).unref();
  Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))))).then(
    () => process.exit(code),
  );
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children)
  child.once('exit', (code) => !stopping && (console.error(`a process stopped (exit ${code}); stopping the shop`), stop(1)));

try {
  await Promise.all([waitFor(`${apiUrl}/health`), waitFor(storefrontUrl), waitFor(adminUrl)]);
} catch (error) {
  console.error(String(error));
  stop(1);
}
const mode = process.env.DATABASE_URL ? 'server (PostgreSQL)' : `embedded (PGlite, data in ${apiEnv.DATA_DIR})`;
console.log(`
  Tillpoint is running (${((Date.now() - started) / 1000).toFixed(1)} s) in ${mode} mode

  Storefront   ${storefrontUrl}
  Admin        ${adminUrl}      staff: owner@demo.tillpoint.dev / tillpoint-demo
  API          ${apiUrl}      docs: ${apiUrl}/docs
  Customer     ada@example.com / shopper-demo

  Press Ctrl+C to stop.
`);
