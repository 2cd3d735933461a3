// Storefront page figures: server render time percentiles and the JavaScript a page makes a browser load.
import { gzipSync } from 'node:zlib';

/** Fetches `urls` round-robin, `concurrency` at a time, after a warm-up pass; returns render percentiles in ms. */
export async function renderTimes(urls, { requests = 400, concurrency = 4 } = {}) {
  await Promise.all(urls.map((url) => fetch(url).then((r) => r.text())));
  const times = [];
  let next = 0;
  async function worker() {
    while (next < requests) {
      const url = urls[next++ % urls.length];
      const started = performance.now();
      const response = await fetch(url);
      await response.text();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
      times.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  times.sort((a, b) => a - b);
  const at = (p) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] * 10) / 10;
  return { requests: times.length, concurrency, p50Ms: at(50), p95Ms: at(95), p99Ms: at(99) };
}

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.m?js)["']/g;

/**
 * The JavaScript a browser loads for a page without user interaction: scripts, module preloads and the
 * islands' component and renderer modules, followed through their static imports, each counted once, gzipped.
 */
export async function shippedJavaScript(pageUrl) {
  const html = await fetch(pageUrl).then((r) => r.text());
  const entries = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g),
  ].map((m) => new URL(m[1].replaceAll('&amp;', '&'), pageUrl).href);
  // Inline scripts count too, except data blocks such as JSON-LD.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  const seen = new Set();
  const queue = [...entries];
  let gzipBytes = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  let rawBytes = inline.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await fetch(url).then((r) => r.text());
    rawBytes += Buffer.byteLength(code);
    gzipBytes += gzipSync(code).length;
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(new URL(m[1], url).href);
  }
  return {
    files: seen.size,
    inlineScripts: inline.length,
    rawKb: Math.round(rawBytes / 102.4) / 10,
    gzipKb: Math.round(gzipBytes / 102.4) / 10,
  };
}
