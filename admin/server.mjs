// Serves the built admin (dist/) in production. No dependencies on purpose: it runs wherever Node does.
// The API address is read at start from API_URL and served as /runtime-config.json, so one build
// works against any API.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./dist/', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '0.0.0.0';
const apiUrl = readApiUrl(process.env.API_URL ?? 'http://localhost:9000');
// Where product images are served from when not from the API itself (MEDIA_PUBLIC_URL of the API).
const mediaOrigin = readMediaOrigin(process.env.MEDIA_URL);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// Vite puts content-hashed files under assets/: their name changes with their content, so browsers may keep them forever.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (index.html above all) must be revalidated, or a deploy would leave browsers on old asset names.
const REVALIDATE = 'no-cache';

const runtimeConfig = JSON.stringify({ apiUrl });
const runtimeConfigEtag = `"${createHash('sha1').update(runtimeConfig).digest('base64url')}"`;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': [
    "default-src 'self'",
    `connect-src 'self' ${new URL(apiUrl).origin}`,
    // Product images come from the API's media (or MEDIA_URL, a CDN or bucket); blob: previews files before upload.
    `img-src 'self' data: blob: ${new URL(apiUrl).origin}${mediaOrigin ? ` ${mediaOrigin}` : ''}`,
    // Radix positions popovers with inline styles, and mail previews carry their own inline CSS.
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
};

await assertBuilt();

const server = createServer((request, response) => {
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal server error');
    else response.destroy();
  });
});

server.listen(port, host, () => {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`Tillpoint admin on http://${shown}:${port} (API ${apiUrl})`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    console.log(`${signal}: closing`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Keep-alive connections in the middle of a request get a moment to finish, then go.
    setTimeout(() => server.closeAllConnections(), 5000).unref();
  });
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  }
  const pathname = decodePath(request.url ?? '/');
  if (pathname === null) return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');

  if (pathname === '/runtime-config.json') {
    response.setHeader('Cache-Control', 'no-store');
    return sendBody(request, response, 'application/json; charset=utf-8', runtimeConfig, runtimeConfigEtag);
  }

  const file = await findFile(pathname);
  if (file) return sendFile(request, response, file, pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);

  // A path with an extension is a missing file; answering it with the app would hide the error.
  if (extname(pathname)) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  const index = await findFile('/index.html');
  if (!index) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
  return sendFile(request, response, index, REVALIDATE);
}

function decodePath(url) {
  try {
    const pathname = decodeURIComponent(new URL(url, 'http://admin.invalid').pathname);
    return pathname.includes('\0') ? null : pathname;
  } catch {
    return null;
  }
}

async function findFile(pathname) {
  const path = normalize(join(root, pathname));
  if (!path.startsWith(root)) return null; // a ../ escape out of dist/
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size, mtime: info.mtime } : null;
  } catch {
    return null;
  }
}

function sendFile(request, response, file, cacheControl) {
  const etag = `W/"${file.size.toString(16)}-${file.mtime.getTime().toString(16)}"`;
  response.setHeader('Cache-Control', cacheControl);
  response.setHeader('Last-Modified', file.mtime.toUTCString());
  if (request.headers['if-none-match'] === etag) return notModified(response, etag);
  writeHead(response, 200, contentTypeOf(file.path), { 'Content-Length': file.size, ETag: etag });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file.path)
    .on('error', () => response.destroy())
    .pipe(response);
}

function sendBody(request, response, contentType, body, etag) {
  if (request.headers['if-none-match'] === etag) return notModified(response, etag);
  writeHead(response, 200, contentType, { 'Content-Length': Buffer.byteLength(body), ETag: etag });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function send(response, status, contentType, body) {
  response.setHeader('Cache-Control', 'no-store');
  writeHead(response, status, contentType, { 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function notModified(response, etag) {
  response.writeHead(304, { ...SECURITY_HEADERS, ETag: etag });
  response.end();
}

function writeHead(response, status, contentType, headers) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, ...headers });
}

function contentTypeOf(path) {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function readApiUrl(value) {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.href.replace(/\/$/, '');
  } catch {
    console.error(`API_URL must be an http(s) URL, such as http://localhost:9000; got "${value}"`);
    process.exit(1);
  }
}

function readMediaOrigin(value) {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    console.error(`MEDIA_URL must be a URL, such as https://media.example.com; got "${value}"`);
    process.exit(1);
  }
}

async function assertBuilt() {
  if (await findFile('/index.html')) return;
  console.error(`No build in ${root}: run "npm run build -w @tillpoint/admin" first.`);
  process.exit(1);
}
