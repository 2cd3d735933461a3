// Runs the built API on Node 24 LTS (the npm package `node` ships official binaries) in embedded mode and
// walks a sign-in, so the code keeps working past Node 20's end of life.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, waitFor } from './lib.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const version = spawnSync(npx, ['-y', 'node@24', '--version'], { cwd: root, encoding: 'utf8' });
if (version.status !== 0) {
  console.error(`Node 24 is not available through npx: ${version.stderr}`);
  process.exit(1);
}
console.log(`running the API on ${version.stdout.trim()}`);

const dataDir = mkdtempSync(join(tmpdir(), 'tp-node24-'));
const port = 9000 + Math.floor(Math.random() * 900) + 100;
const api = spawn(npx, ['-y', 'node@24', 'api/dist/main.js'], {
  cwd: root,
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', REDIS_URL: '' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
let failed = false;
try {
  await waitFor(`${base}/health`, 90_000);
  const login = await fetch(`${base}/admin/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' }),
  });
  const { accessToken } = await login.json();
  const me = await fetch(`${base}/admin/me`, { headers: { authorization: `Bearer ${accessToken}` } }).then((r) => r.json());
  if (me.role !== 'owner') throw new Error(`unexpected /admin/me answer: ${JSON.stringify(me)}`);
  console.log('✔ health, staff sign-in (argon2, JWT) and /admin/me work on Node 24 with embedded PGlite');
} catch (error) {
  failed = true;
  console.error(`✖ Node 24 smoke failed: ${error}`);
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
