// A store's order history for the orders benchmark, written set-based (generate_series and INSERT ... SELECT
// over temporary tables), so 100,000 orders take seconds rather than 100,000 checkouts: customers with a
// Zipf spread of orders (a few with thousands, most with one or two), a quarter of the orders by guests,
// 1–4 lines each, placed over two years with more recent orders than old ones, and the statuses, money,
// fulfilments, refunds, payments and timeline events an order of that age would have. Values are drawn
// from random() after setseed(), so a run is repeatable.

const FIRST_NAMES = (
  'Anna, Sophie, Emma, Julia, Lotte, Sanne, Fleur, Eva, Lisa, Noor, Mila, Sara, Lena, Marie, Hannah, Laura, Inge, Femke, ' +
  'Daan, Sem, Lucas, Levi, Finn, Milan, Thomas, Bram, Jesse, Ruben, Lars, Thijs, Pieter, Jan, Koen, Tim, Max, Jonas, Felix, Paul, Luca, Noah'
).split(', ');
const LAST_NAMES = (
  'de Vries, Jansen, de Jong, van den Berg, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, ' +
  'van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, Kok, Jacobs, Maes, Peeters, Claes, Wouters, ' +
  'Müller, Schmidt, Schneider, Fischer, Weber, Wagner, Becker, Hoffmann, Koch, Richter, Klein'
).split(', ');
const STREETS = (
  'Keizersgracht, Prinsengracht, Dorpsstraat, Kerkstraat, Stationsweg, Molenstraat, Hoofdstraat, Schoolstraat, Julianastraat, ' +
  'Wilhelminastraat, Nieuwstraat, Marktstraat'
).split(', ');
// [city, postcode, country]: valid postcodes, so an address change or re-order from these passes validation.
const PLACES = [
  ['Amsterdam', '1015 CJ', 'NL'],
  ['Rotterdam', '3011 AA', 'NL'],
  ['Utrecht', '3511 LX', 'NL'],
  ['Den Haag', '2511 BT', 'NL'],
  ['Eindhoven', '5611 AZ', 'NL'],
  ['Groningen', '9711 LM', 'NL'],
  ['Haarlem', '2011 RW', 'NL'],
  ['Leiden', '2311 EG', 'NL'],
  ['Antwerpen', '2000', 'BE'],
  ['Gent', '9000', 'BE'],
  ['Berlin', '10115', 'DE'],
  ['Köln', '50667', 'DE'],
];

/**
 * Seeds `orders` orders over `customers` customers into a migrated database that holds the demo store (staff,
 * catalog, shipping methods, stock locations). The heaviest customer (rank 1) is `rank1CustomerId`, a
 * customer that already exists (registered through the API, so the benchmark can sign in as them).
 */
export async function seedOrders(db, { orders, customers, rank1CustomerId }) {
  const q = (sql, params) => db.query(sql, params);
  await q(`SELECT setseed(0.26)`);
  await q(
    `CREATE TEMP TABLE bench_customers AS
     SELECT rank, id, first_name, last_name,
            lower(replace(first_name || '.' || last_name, ' ', '') || '.' || rank || '@example.com') AS email
       FROM (SELECT g AS rank, CASE WHEN g = 1 THEN $2::uuid ELSE gen_random_uuid() END AS id,
                    ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] AS first_name,
                    ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] AS last_name
               FROM generate_series(1, $1::int) g) n`,
    [customers, rank1CustomerId, FIRST_NAMES, LAST_NAMES],
  );
  // Rank 1 keeps the email it registered with: its orders are addressed to it.
  await q(`UPDATE bench_customers b SET email = c.email FROM customers c WHERE b.rank = 1 AND c.id = b.id`);
  await q(
    `INSERT INTO customers (id, email, first_name, last_name, created_at, updated_at)
     SELECT id, email, first_name, last_name, now() - interval '800 days', now() - interval '800 days' FROM bench_customers WHERE rank > 1`,
  );
  await q(
    `UPDATE customers c SET first_name = b.first_name, last_name = b.last_name FROM bench_customers b WHERE b.rank = 1 AND c.id = b.id`,
  );
  await ordersAndLines(q, orders, customers);
  await q(`INSERT INTO carts (id, token_hash, customer_id, currency, status, email, shipping_address, billing_address,
                              shipping_method_id, discount_code, created_at, updated_at, expires_at)
           SELECT cart_id, md5(cart_id::text), customer_id, 'EUR', 'completed', email, shipping_address, shipping_address,
                  (shipping_method->>'methodId')::uuid, discount_code, placed_at - interval '12 minutes', placed_at, placed_at + interval '30 days'
             FROM bench_final`);
  await q(`INSERT INTO orders (id, number, cart_id, customer_id, email, currency, status, payment_status, fulfilment_status, payment_provider,
                               subtotal, discount_total, shipping_total, tax_total, total, taxes_included, discount_code, shipping_address,
                               billing_address, shipping_method, placed_at, updated_at, paid_amount, refunded_amount, cancelled_at, completed_at)
           SELECT id, number, cart_id, customer_id, email, 'EUR', status, payment_status, fulfilment_status, provider,
                  subtotal, discount_total, shipping_total, tax_total, total, true, discount_code, shipping_address,
                  shipping_address, shipping_method, placed_at, greatest(placed_at, cancelled_at, completed_at, delivered_at),
                  paid_amount, refunded_amount, cancelled_at, completed_at
             FROM bench_final ORDER BY placed_at`);
  await q(`SELECT setval('order_numbers', (SELECT max(number) FROM orders))`);
  await q(`INSERT INTO order_lines (id, order_id, position, variant_id, product_id, sku, title, variant_title, quantity, unit_price,
                                    discount, tax, total, fulfilled_quantity, returned_quantity)
           SELECT id, order_id, position, variant_id, product_id, sku, title, variant_title, quantity, unit_price,
                  discount, tax, total, fulfilled_quantity, returned_quantity
             FROM bench_lines ORDER BY order_id, position`);
  await paymentsFulfilmentsRefunds(q);
  await timeline(q);
  const counts = await q(`SELECT (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM order_lines)::int AS lines,
                                 (SELECT count(*) FROM order_events)::int AS events, (SELECT count(*) FROM customers)::int AS customers,
                                 (SELECT count(*) FROM fulfillments)::int AS fulfillments, (SELECT count(*) FROM order_refunds)::int AS refunds`);
  return counts.rows[0];
}

/** bench_final (one row per order, every column it needs) and bench_lines. */
async function ordersAndLines(q, orders, customers) {
  // Who and when: rank = floor((N+1)^u) gives P(rank k) ∝ ln((k+1)/k) ≈ 1/k (Zipf); age = 730 days × (1 − √u),
  // so orders per day grow linearly over the two years.
  await q(
    `CREATE TEMP TABLE bench_orders AS
     SELECT *, extract(epoch FROM now() - placed_at) / 86400 AS age_days
       FROM (SELECT gen_random_uuid() AS id, gen_random_uuid() AS cart_id, gen_random_uuid() AS payment_id, gen_random_uuid() AS fulfillment_id,
                    gen_random_uuid() AS refund_id,
                    CASE WHEN random() < 0.25 THEN NULL ELSE least($2::int, floor(exp(random() * ln($2::int + 1)))::int) END AS customer_rank,
                    date_trunc('milliseconds', now() - interval '730 days' * (1 - sqrt(random()))) AS placed_at,
                    random() AS r_state, random() AS r_kind, random() AS r_lines, random() AS r_ship, random() AS r_disc, random() AS r_note,
                    ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] AS guest_first,
                    ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] AS guest_last,
                    floor(random() * 1000)::int AS guest_place
               FROM generate_series(1, $1::int)) r`,
    [orders, customers, FIRST_NAMES, LAST_NAMES],
  );
  // What an order of that age has been through: 4% cancelled, a few recent ones still awaiting payment (3-D Secure,
  // bank redirect), the last two weeks' confirmed and moving through fulfilment, the rest completed, some refunded.
  await q(`CREATE TEMP TABLE bench_states AS
           SELECT o.*, f.fulfilment_status,
                  CASE WHEN o.status = 'cancelled' THEN CASE WHEN o.provider <> 'cash_on_delivery' AND o.r_state < 0.025 THEN 'refunded' ELSE 'pending' END
                       WHEN o.status = 'awaiting_payment' THEN 'pending'
                       WHEN o.provider = 'cash_on_delivery' AND f.fulfilment_status <> 'delivered' THEN 'pending'
                       WHEN o.status = 'confirmed' AND f.fulfilment_status IN ('unfulfilled', 'partially_fulfilled') THEN 'authorized'
                       WHEN o.status = 'completed' AND o.r_state > 0.99 THEN 'refunded'
                       WHEN o.status = 'completed' AND o.r_state > 0.96 THEN 'partially_refunded'
                       ELSE 'paid' END AS payment_status
             FROM (SELECT b.*,
                          CASE WHEN r_state < 0.04 THEN 'cancelled'
                               WHEN age_days < 2 AND r_state < 0.12 AND r_kind >= 0.08 THEN 'awaiting_payment'
                               WHEN age_days < 14 THEN 'confirmed' ELSE 'completed' END AS status,
                          CASE WHEN r_kind < 0.08 THEN 'cash_on_delivery' WHEN r_kind < 0.65 THEN 'stripe' ELSE 'paypal' END AS provider,
                          CASE WHEN r_lines < 0.5 THEN 1 WHEN r_lines < 0.78 THEN 2 WHEN r_lines < 0.92 THEN 3 ELSE 4 END AS line_count,
                          CASE WHEN r_ship < 0.75 THEN 'standard' WHEN r_ship < 0.9 THEN 'express' ELSE 'pickup' END AS ship_kind
                     FROM bench_orders b) o
             CROSS JOIN LATERAL (SELECT CASE WHEN o.status IN ('cancelled', 'awaiting_payment') THEN 'unfulfilled'
                                             WHEN o.status = 'completed' OR o.age_days >= 5 THEN 'delivered'
                                             WHEN o.age_days < 1 THEN 'unfulfilled'
                                             WHEN o.age_days < 2 AND o.line_count > 1 AND o.r_state > 0.8 THEN 'partially_fulfilled'
                                             WHEN o.age_days < 2 THEN 'fulfilled' ELSE 'shipped' END AS fulfilment_status) f`);
  await q(`CREATE TEMP TABLE bench_variants AS
           SELECT row_number() OVER (ORDER BY v.sku)::int AS k, v.id, v.product_id, v.sku, p.title, v.title AS variant_title,
                  coalesce(cp.amount, 2995) AS price
             FROM product_variants v JOIN products p ON p.id = v.product_id
             LEFT JOIN variant_current_prices cp ON cp.variant_id = v.id AND cp.currency = 'EUR'`);
  // The variant and quantity are drawn in a subquery of their own: a volatile target list is computed once a row.
  await q(`CREATE TEMP TABLE bench_lines AS
           SELECT l.id, l.order_id, l.position, v.id AS variant_id, v.product_id, v.sku, v.title, v.variant_title, l.quantity,
                  v.price AS unit_price, d.discount, round((v.price * l.quantity - d.discount) * 21 / 121.0)::bigint AS tax,
                  v.price * l.quantity - d.discount AS total, f.fulfilled,
                  CASE WHEN l.payment_status = 'refunded' AND l.status = 'completed' THEN f.fulfilled ELSE 0 END AS returned_quantity,
                  f.fulfilled AS fulfilled_quantity
             FROM (SELECT gen_random_uuid() AS id, o.id AS order_id, s.position, o.status, o.payment_status, o.fulfilment_status, o.r_disc,
                          1 + floor(random() * (SELECT count(*) FROM bench_variants))::int AS k,
                          CASE WHEN random() < 0.8 THEN 1 WHEN random() < 0.7 THEN 2 ELSE 3 END AS quantity
                     FROM bench_states o, generate_series(1, o.line_count) AS s(position)) l
             JOIN bench_variants v USING (k)
             CROSS JOIN LATERAL (SELECT CASE WHEN l.r_disc < 0.12 THEN round(v.price * l.quantity * 0.1)::bigint ELSE 0 END AS discount) d
             CROSS JOIN LATERAL (SELECT CASE WHEN l.fulfilment_status IN ('fulfilled', 'shipped', 'delivered') THEN l.quantity
                                             WHEN l.fulfilment_status = 'partially_fulfilled' AND l.position = 1 THEN l.quantity
                                             ELSE 0 END AS fulfilled) f`);
  await q(`CREATE TEMP TABLE bench_methods AS
           SELECT DISTINCT ON (kind) kind, id, name, coalesce(flat_amount, 0) AS price, transit_days_min, transit_days_max
             FROM shipping_methods WHERE active ORDER BY kind, position`);
  await q(
    `CREATE TEMP TABLE bench_final AS
     SELECT m.*, m.subtotal - m.discount_total + m.shipping_total AS total,
            CASE WHEN m.payment_status IN ('pending', 'authorized') THEN 0 ELSE m.subtotal - m.discount_total + m.shipping_total END AS paid_amount,
            CASE m.payment_status WHEN 'refunded' THEN m.subtotal - m.discount_total + m.shipping_total
                                  WHEN 'partially_refunded' THEN greatest(1, round((m.subtotal - m.discount_total + m.shipping_total) * 0.3))::bigint
                                  ELSE 0 END AS refunded_amount
       FROM (SELECT s.id, s.cart_id, s.payment_id, s.fulfillment_id, s.refund_id, s.placed_at, s.status, s.payment_status, s.fulfilment_status,
                    s.provider, s.r_kind, s.r_note, s.ship_kind, c.id AS customer_id,
                    999 + row_number() OVER (ORDER BY s.placed_at, s.id) AS number,
                    coalesce(c.email, lower(replace(s.guest_first || '.' || s.guest_last, ' ', '') || '.' || left(s.id::text, 6) || '@example.org')) AS email,
                    jsonb_build_object('firstName', coalesce(c.first_name, s.guest_first), 'lastName', coalesce(c.last_name, s.guest_last),
                                       'line1', ($1::text[])[1 + place % cardinality($1::text[])] || ' ' || (1 + place % 180),
                                       'city', ($2::text[])[1 + place % cardinality($2::text[])],
                                       'postcode', ($3::text[])[1 + place % cardinality($2::text[])],
                                       'country', ($4::text[])[1 + place % cardinality($2::text[])]) AS shipping_address,
                    jsonb_build_object('methodId', bm.id, 'name', bm.name, 'kind', bm.kind, 'price', ship.amount,
                                       'estimate', jsonb_build_object('earliest', to_char(s.placed_at + make_interval(days => bm.transit_days_min), 'YYYY-MM-DD'),
                                                                      'latest', to_char(s.placed_at + make_interval(days => bm.transit_days_max), 'YYYY-MM-DD'))) AS shipping_method,
                    CASE WHEN t.discount_total > 0 THEN 'WELCOME10' END AS discount_code,
                    t.subtotal, t.discount_total, ship.amount AS shipping_total, t.line_tax + round(ship.amount * 21 / 121.0)::bigint AS tax_total,
                    CASE WHEN s.status = 'cancelled' THEN least(now(), s.placed_at + interval '3 hours') END AS cancelled_at,
                    CASE WHEN s.status = 'completed' THEN s.placed_at + interval '14 days' END AS completed_at,
                    s.placed_at + interval '20 hours' AS fulfilled_at, s.placed_at + interval '26 hours' AS shipped_at,
                    CASE WHEN s.fulfilment_status = 'delivered' THEN s.placed_at + interval '52 hours' END AS delivered_at
               FROM bench_states s
               LEFT JOIN bench_customers c ON c.rank = s.customer_rank
               CROSS JOIN LATERAL (SELECT coalesce(7 * c.rank, s.guest_place) AS place) p
               JOIN bench_methods bm ON bm.kind = s.ship_kind
               JOIN (SELECT order_id, sum(unit_price * quantity)::bigint AS subtotal, sum(discount)::bigint AS discount_total, sum(tax)::bigint AS line_tax
                       FROM bench_lines GROUP BY order_id) t ON t.order_id = s.id
               CROSS JOIN LATERAL (SELECT CASE WHEN bm.kind = 'standard' AND t.subtotal - t.discount_total >= 5000 THEN 0 ELSE bm.price END AS amount) ship
            ) m`,
    [STREETS, PLACES.map((p) => p[0]), PLACES.map((p) => p[1]), PLACES.map((p) => p[2])],
  );
}

/** One payment per order, a fulfilment (with its lines) for every order that has one, a refund where money went back. */
async function paymentsFulfilmentsRefunds(q) {
  await q(`INSERT INTO payments (id, cart_id, order_id, customer_id, provider, provider_reference, currency, amount, state, captured_amount,
                                 refunded_amount, created_at, updated_at)
           SELECT payment_id, cart_id, id, customer_id, provider,
                  CASE provider WHEN 'stripe' THEN 'pi_' || replace(payment_id::text, '-', '') WHEN 'paypal' THEN 'PAYID-' || upper(left(payment_id::text, 18)) END,
                  'EUR', total,
                  CASE WHEN payment_status = 'authorized' THEN 'authorized' WHEN paid_amount > 0 THEN 'captured'
                       WHEN status = 'cancelled' THEN 'canceled' ELSE 'pending' END,
                  paid_amount, refunded_amount, placed_at, greatest(placed_at, cancelled_at, completed_at)
             FROM bench_final`);
  await q(`INSERT INTO fulfillments (id, order_id, location_id, carrier, tracking_number, tracking_url, created_by_type, created_by,
                                     created_at, shipped_at, delivered_at)
           SELECT f.fulfillment_id, f.id, (SELECT id FROM stock_locations ORDER BY pickup_enabled, code LIMIT 1), t.carrier, t.number,
                  CASE WHEN t.carrier IS NOT NULL THEN 'https://tracking.example.com/' || t.number END,
                  'staff', (SELECT id FROM staff_users WHERE role = 'owner' ORDER BY created_at LIMIT 1), f.fulfilled_at,
                  CASE WHEN f.fulfilment_status IN ('shipped', 'delivered') THEN f.shipped_at END, f.delivered_at
             FROM bench_final f
             CROSS JOIN LATERAL (SELECT CASE WHEN f.ship_kind = 'pickup' THEN NULL WHEN f.r_kind < 0.5 THEN 'PostNL' ELSE 'DHL' END AS carrier,
                                        CASE WHEN f.ship_kind <> 'pickup' THEN '3STP' || lpad(f.number::text, 11, '0') END AS number) t
            WHERE f.fulfilment_status <> 'unfulfilled'`);
  await q(`INSERT INTO fulfillment_lines (fulfillment_id, order_line_id, quantity)
           SELECT f.fulfillment_id, l.id, l.fulfilled FROM bench_lines l JOIN bench_final f ON f.id = l.order_id WHERE l.fulfilled > 0`);
  await q(`INSERT INTO order_refunds (id, order_id, payment_id, currency, amount, state, reason, provider_reference, created_by_type, created_by,
                                      created_at, updated_at)
           SELECT refund_id, id, payment_id, 'EUR', refunded_amount, 'succeeded',
                  CASE WHEN status = 'cancelled' THEN 'Cancelled at the customer''s request' WHEN payment_status = 'refunded' THEN 'Returned'
                       ELSE 'Damaged in transit' END,
                  're_' || left(replace(refund_id::text, '-', ''), 24), 'staff', (SELECT id FROM staff_users WHERE role = 'owner' ORDER BY created_at LIMIT 1),
                  coalesce(cancelled_at, completed_at - interval '1 day'), coalesce(cancelled_at, completed_at - interval '1 day')
             FROM bench_final WHERE refunded_amount > 0`);
}

/** order_events, written oldest first so each order's events come in id order, as the app writes them. */
async function timeline(q) {
  await q(`CREATE TEMP TABLE bench_parcels AS
           SELECT l.order_id, jsonb_agg(jsonb_build_object('lineId', l.id, 'quantity', l.fulfilled) ORDER BY l.position) AS lines
             FROM bench_lines l WHERE l.fulfilled > 0 GROUP BY l.order_id`);
  await q(`INSERT INTO order_events (order_id, kind, data, actor_type, actor_id, created_at)
           SELECT order_id, kind, data, actor_type, actor_id, created_at FROM (
             SELECT f.id AS order_id, 'placed' AS kind,
                    jsonb_build_object('total', f.total, 'currency', 'EUR', 'provider', f.provider,
                                       'paymentStatus', CASE WHEN f.provider = 'cash_on_delivery' OR f.status = 'awaiting_payment' THEN 'pending' ELSE 'authorized' END) AS data,
                    'customer' AS actor_type, f.customer_id AS actor_id, f.placed_at AS created_at
               FROM bench_final f
             UNION ALL
             SELECT f.id, 'payment_status_changed',
                    jsonb_build_object('from', CASE WHEN f.provider = 'cash_on_delivery' THEN 'pending' ELSE 'authorized' END, 'to', 'paid', 'paymentId', f.payment_id),
                    'system', NULL, CASE WHEN f.provider = 'cash_on_delivery' THEN f.delivered_at WHEN f.status = 'cancelled' THEN f.placed_at + interval '1 hour'
                                         ELSE f.fulfilled_at END
               FROM bench_final f WHERE f.paid_amount > 0
             UNION ALL
             SELECT f.id, 'fulfilled',
                    jsonb_build_object('fulfillmentId', f.fulfillment_id, 'locationId', fu.location_id, 'lines', p.lines, 'carrier', fu.carrier,
                                       'trackingNumber', fu.tracking_number, 'trackingUrl', fu.tracking_url),
                    'staff', fu.created_by, f.fulfilled_at
               FROM bench_final f JOIN fulfillments fu ON fu.id = f.fulfillment_id JOIN bench_parcels p ON p.order_id = f.id
             UNION ALL
             SELECT f.id, 'shipped', jsonb_build_object('carrier', fu.carrier, 'trackingNumber', fu.tracking_number, 'trackingUrl', fu.tracking_url),
                    'staff', fu.created_by, fu.shipped_at
               FROM bench_final f JOIN fulfillments fu ON fu.id = f.fulfillment_id WHERE fu.shipped_at IS NOT NULL
             UNION ALL
             SELECT f.id, 'delivered', '{}', 'system', NULL, f.delivered_at FROM bench_final f WHERE f.delivered_at IS NOT NULL
             UNION ALL
             SELECT r.order_id, 'refunded', jsonb_build_object('refundId', r.id, 'amount', r.amount, 'currency', r.currency, 'reason', r.reason),
                    'staff', r.created_by, r.created_at + interval '1 second'
               FROM order_refunds r
             UNION ALL
             SELECT f.id, 'cancelled', jsonb_build_object('reason', 'Customer changed their mind', 'refunded', f.refunded_amount),
                    'staff', (SELECT id FROM staff_users WHERE role = 'owner' ORDER BY created_at LIMIT 1), f.cancelled_at
               FROM bench_final f WHERE f.status = 'cancelled'
             UNION ALL
             SELECT f.id, 'completed', '{}', 'system', NULL, f.completed_at FROM bench_final f WHERE f.status = 'completed'
             UNION ALL
             SELECT f.id, 'note', jsonb_build_object('text', 'Customer asked us to leave the parcel with the neighbours.'),
                    'staff', (SELECT id FROM staff_users WHERE role = 'owner' ORDER BY created_at LIMIT 1), f.placed_at + interval '2 hours'
               FROM bench_final f WHERE f.r_note < 0.05 AND f.placed_at + interval '2 hours' < now()
           ) e ORDER BY created_at, order_id`);
}
