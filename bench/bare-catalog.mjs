// The practical ceiling for the storefront listing: node:http and one pg pool, hand-written SQL, the
// same page as GET /store/products?limit=24 (24 products with a thumbnail, their variants, current prices and stock),
// and none of a platform's work (no framework, validation, auth, rate limit, logging, availability rules).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const PAGE = `SELECT p.id, p.handle, p.title, p.vendor, pr.min_amount, pr.max_amount, pr.max_discount_percent,
       (SELECT i.id FROM product_images i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS image_id
  FROM products p JOIN product_price_ranges pr ON pr.product_id = p.id AND pr.currency = 'EUR'
 WHERE p.status = 'active' ORDER BY p.published_at DESC, p.id DESC LIMIT 24`;
const VARIANTS = `SELECT v.id, v.product_id, v.title, v.options, cp.amount, cp.was_amount,
       (SELECT COALESCE(sum(l.on_hand - l.reserved), 0) FROM stock_levels l WHERE l.variant_id = v.id) AS available
  FROM product_variants v JOIN variant_current_prices cp ON cp.variant_id = v.id AND cp.currency = 'EUR'
 WHERE v.product_id = ANY($1) ORDER BY v.product_id, v.position`;

createServer(async (request, response) => {
  try {
    const page = await pool.query({ name: 'page', text: PAGE });
    const variants = await pool.query({ name: 'variants', text: VARIANTS, values: [page.rows.map((p) => p.id)] });
    const byProduct = new Map();
    for (const v of variants.rows) {
      const list = byProduct.get(v.product_id) ?? [];
      list.push({
        id: v.id,
        title: v.title,
        options: v.options,
        price: { amount: Number(v.amount), currency: 'EUR' },
        wasPrice: v.was_amount && { amount: Number(v.was_amount), currency: 'EUR' },
        available: Number(v.available),
      });
      byProduct.set(v.product_id, list);
    }
    const items = page.rows.map((p) => ({
      id: p.id,
      handle: p.handle,
      title: p.title,
      vendor: p.vendor,
      thumbnail: p.image_id && { url: `/media/products/${p.id}/${p.image_id}/thumb.webp` },
      priceRange: {
        min: { amount: Number(p.min_amount), currency: 'EUR' },
        max: { amount: Number(p.max_amount), currency: 'EUR' },
        maxDiscountPercent: p.max_discount_percent,
      },
      variants: byProduct.get(p.id) ?? [],
    }));
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items, nextCursor: null }));
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
}).listen(Number(process.env.PORT ?? 9711), '127.0.0.1');
