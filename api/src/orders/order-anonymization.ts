import type { EntityManager } from 'typeorm';
import { anonymizedAddressSql as anonymized } from '../shipping/anonymized-address';

/**
 * Every order of the customer: email and addresses anonymized, in one statement each, and a
 * `customer_anonymized` event on each order's timeline. Address changes on the timeline lose the person too.
 */
export async function anonymizeOrders(tx: EntityManager, customerId: string, placeholderEmail: string): Promise<number> {
  const events: { count: number }[] = await tx.query(
    `WITH changed AS (
       UPDATE orders SET email = $2, shipping_address = ${anonymized('shipping_address')},
              billing_address = ${anonymized('billing_address')}, updated_at = now()
        WHERE customer_id = $1
       RETURNING id
     ), logged AS (
       INSERT INTO order_events (order_id, kind, data, actor_type, actor_id)
       SELECT id, 'customer_anonymized', '{}', 'customer', $1 FROM changed
       RETURNING 1
     )
     SELECT count(*)::int AS count FROM logged`,
    [customerId, placeholderEmail],
  );
  await tx.query(
    `UPDATE order_events SET data = data || jsonb_strip_nulls(jsonb_build_object(
        'from', ${anonymized("data -> 'from'")}, 'to', ${anonymized("data -> 'to'")}))
      WHERE kind = 'shipping_address_changed' AND order_id IN (SELECT id FROM orders WHERE customer_id = $1)`,
    [customerId],
  );
  return events[0]?.count ?? 0;
}
