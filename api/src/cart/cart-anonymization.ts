import type { EntityManager } from 'typeorm';
import { anonymizedAddressSql as anonymized } from '../shipping/anonymized-address';

/**
 * The customer's carts: what was typed into them goes; a completed checkout's snapshot keeps its shape
 * (its readers expect one) with the person taken out, like the order it became.
 */
export async function anonymizeCarts(tx: EntityManager, customerId: string, placeholderEmail: string): Promise<void> {
  await tx.query(
    `UPDATE carts SET email = NULL, shipping_address = NULL, billing_address = NULL, updated_at = now(),
            checkout = CASE WHEN checkout IS NULL THEN NULL ELSE checkout || jsonb_strip_nulls(jsonb_build_object(
              'email', $2::text,
              'shippingAddress', ${anonymized("checkout -> 'shippingAddress'")},
              'billingAddress', ${anonymized("checkout -> 'billingAddress'")})) END
      WHERE customer_id = $1`,
    [customerId, placeholderEmail],
  );
}

/**
 * Whether the customer is paying right now: deleting then would place an order from the data being
 * erased. Inside a transaction the customer's carts stay locked, so no checkout can start meanwhile.
 */
export async function hasCheckoutUnderWay(manager: EntityManager, customerId: string, lock: boolean): Promise<boolean> {
  const carts: { status: string }[] = await manager.query(
    `SELECT status FROM carts WHERE customer_id = $1 ORDER BY id ${lock ? 'FOR UPDATE' : ''}`,
    [customerId],
  );
  return carts.some((cart) => cart.status === 'checking_out');
}
