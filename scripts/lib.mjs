// Small helpers shared by the repository's scripts (no dependencies: they run before `npm ci`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command in the repository, inheriting the terminal; exits the script if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

/** Installs dependencies when they are missing or older than the lock file. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('→ installing dependencies (npm ci)');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}

export function nx(args) {
  run(process.execPath, [join(root, 'node_modules/nx/dist/bin/nx.js'), ...args]);
}

/** Starts a long-running child with its output prefixed, so several can share one terminal. */
export function startChild(name, command, args, env, format = (line) => line) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`.padEnd(13);
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) console.log(`${prefix} ${format(line)}`);
    });
  }
  return child;
}

/** Waits until a URL answers 2xx, or gives up after `timeoutMs`. */
export async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** pino's JSON lines, shortened for people watching a terminal. */
export function prettyLog(line) {
  try {
    const entry = JSON.parse(line);
    const request = entry.req ? ` ${entry.req.method} ${entry.req.url} → ${entry.res?.statusCode} (${entry.responseTime} ms)` : '';
    return `${entry.level.padEnd(5)} ${entry.msg}${request}`;
  } catch {
    return line;
  }
}
