// Shared pieces of the benchmarks: processes, readiness, memory, autocannon runs, and an SVG bar chart.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function startProcess(command, args, env) {
  return spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
}

/** Stops a process and everything it started (npm start runs children). */
export async function stopProcess(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

/** Milliseconds until `url` first answers 200. */
export async function timeToFirst200(url, since, timeoutMs = 300_000) {
  while (Date.now() - since < timeoutMs) {
    const ok = await fetch(url).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} never answered 200`);
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function rssMb(pid) {
  const pids = [pid, ...descendants(pid)];
  let kb = 0;
  for (const p of pids) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(kb / 1024);
}

function descendants(pid) {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.flatMap((c) => [c, ...descendants(c)]);
  } catch {
    return [];
  }
}

/** autocannon with a warm-up, then the measured run; returns req/s and latency percentiles. `requests`: autocannon's request sequence. */
export async function load(url, { connections = 32, seconds = 10, headers = {}, method = 'GET', body, requests } = {}) {
  await autocannon({ url, connections, duration: 2, headers, method, body, requests });
  const result = await autocannon({ url, connections, duration: seconds, headers, method, body, requests });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** A horizontal bar chart as SVG, so figures people compare can be seen at a glance. */
export function barChart(title, unit, bars) {
  const rowHeight = 34;
  // Wide enough for the longest label at 13 px (about 6.6 px a character).
  const labelWidth = Math.max(200, Math.round(Math.max(...bars.map((b) => b.label.length)) * 6.6) + 20);
  const width = labelWidth + 460;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const rows = bars
    .map((bar, i) => {
      const y = 50 + i * rowHeight;
      const length = Math.max(2, ((width - labelWidth - 110) * bar.value) / max);
      return `<text x="${labelWidth - 10}" y="${y + 17}" text-anchor="end" font-size="13">${bar.label}</text>
<rect x="${labelWidth}" y="${y + 4}" width="${length.toFixed(1)}" height="20" rx="3" fill="${bar.colour ?? '#0f766e'}"/>
<text x="${labelWidth + length + 8}" y="${y + 18}" font-size="13">${bar.value.toLocaleString('en')} ${unit}</text>`;
    })
    .join('\n');
  const height = 60 + bars.length * rowHeight;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif">
<rect width="100%" height="100%" fill="#fff"/><text x="16" y="28" font-size="16" font-weight="600">${title}</text>
${rows}
</svg>\n`;
}

/** The API's environment in server mode for a benchmark: its own database, Redis, and a rate limit the load cannot reach. */
export function serverModeEnv(databaseUrl, redisUrl, extra = {}) {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: 'tp-bench',
    JWT_SECRET: 'a-benchmark-secret-that-is-long-enough-000',
    // The rate limiter stays on (its Redis round trip is part of the cost) with a budget the load cannot reach.
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'info',
    ...extra,
  };
}
