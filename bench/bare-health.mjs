// The practical ceiling for /health: node:http and one pg pool, no framework, no logging, no auth.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

createServer(async (request, response) => {
  try {
    await pool.query('SELECT 1');
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","checks":{"database":{"status":"up"}}}');
  } catch {
    response.writeHead(503).end();
  }
}).listen(Number(process.env.PORT ?? 9311), '127.0.0.1');
