// The practical ceiling for "new cart with one line": node:http and one pg pool, one request that reads the
// variant's current price and inserts a cart and its line in one transaction. None of a platform's work
// (no framework, validation, tokens, limits, stock rules, rate limit, logging, totals).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const variantId = process.env.VARIANT_ID;

await pool.query(`CREATE TABLE IF NOT EXISTS bare_carts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), created_at timestamptz NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS bare_cart_lines (cart_id uuid NOT NULL REFERENCES bare_carts(id), variant_id uuid NOT NULL, quantity int NOT NULL, unit_price bigint NOT NULL)`);

createServer(async (request, response) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const price = await client.query({
      name: 'price',
      text: `SELECT amount FROM variant_current_prices WHERE variant_id = $1 AND currency = 'EUR'`,
      values: [variantId],
    });
    const cart = await client.query({ name: 'cart', text: 'INSERT INTO bare_carts DEFAULT VALUES RETURNING id' });
    await client.query({
      name: 'line',
      text: 'INSERT INTO bare_cart_lines (cart_id, variant_id, quantity, unit_price) VALUES ($1, $2, 1, $3)',
      values: [cart.rows[0].id, variantId, price.rows[0].amount],
    });
    await client.query('COMMIT');
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: cart.rows[0].id, lines: [{ variantId, quantity: 1, unitPrice: Number(price.rows[0].amount) }] }));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    response.writeHead(500);
    response.end(String(error));
  } finally {
    client.release();
  }
}).listen(Number(process.env.PORT ?? 9331), '127.0.0.1');
