import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db, returnedRows } from '../platform/database/db.service';
import { isUuid } from '../platform/validation/uuid';

export type CartStatus = 'open' | 'checking_out' | 'completed' | 'merged' | 'expired';

export interface CartRow {
  id: string;
  token_hash: string;
  customer_id: string | null;
  currency: string;
  status: CartStatus;
  email: string | null;
  shipping_address: Record<string, string> | null;
  billing_address: Record<string, string> | null;
  shipping_method_id: string | null;
  discount_code: string | null;
  created_at: Date;
  updated_at: Date;
  expires_at: Date;
  reserved_until: Date | null;
  /** What checkout froze when payment started (see CheckoutSnapshot in the checkout domain). */
  checkout: Record<string, unknown> | null;
}

export type CartDetailField = 'email' | 'shipping_address' | 'billing_address' | 'shipping_method_id' | 'discount_code';

export interface CartLineRow {
  id: string;
  variant_id: string;
  quantity: number;
  unit_price_added: string;
  added_at: Date;
}

/** This domain's SQL: carts and their lines. Writers lock the cart row first, so one cart's changes never interleave. */
@Injectable()
export class CartRepository {
  constructor(private readonly db: Db) {}

  async insert(
    tx: EntityManager,
    cart: { tokenHash: string; customerId: string | null; currency: string; expiresAt: Date },
  ): Promise<CartRow> {
    const [row]: CartRow[] = await tx.query(
      // A customer's cart starts with their account's email for the confirmation.
      `INSERT INTO carts (token_hash, customer_id, currency, expires_at, email)
       VALUES ($1, $2, $3, $4, (SELECT email FROM customers WHERE id = $2)) RETURNING *`,
      [cart.tokenHash, cart.customerId, cart.currency, cart.expiresAt],
    );
    return row;
  }

  async find(id: string): Promise<CartRow | null> {
    if (!isUuid(id)) return null;
    const [row]: CartRow[] = await this.db.read(`SELECT * FROM carts WHERE id = $1`, [id]);
    return row ?? null;
  }

  async lock(tx: EntityManager, id: string): Promise<CartRow | null> {
    if (!isUuid(id)) return null;
    const [row]: CartRow[] = await tx.query(`SELECT * FROM carts WHERE id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /** The customer's cart still being filled or paid for, locked. */
  async lockActiveOf(tx: EntityManager, customerId: string): Promise<CartRow | null> {
    const [row]: CartRow[] = await tx.query(
      `SELECT * FROM carts WHERE customer_id = $1 AND status IN ('open', 'checking_out') FOR UPDATE`,
      [customerId],
    );
    return row ?? null;
  }

  lines(runner: EntityManager | Db, cartId: string): Promise<CartLineRow[]> {
    const sql = `SELECT id, variant_id, quantity, unit_price_added, added_at FROM cart_lines WHERE cart_id = $1 ORDER BY added_at, id`;
    return runner instanceof Db ? runner.read(sql, [cartId]) : runner.query(sql, [cartId]);
  }

  /** Sets a variant's quantity, adding the line (at today's price) when it is new. */
  async putLine(tx: EntityManager, cartId: string, variantId: string, quantity: number, unitPrice: number): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO cart_lines (cart_id, variant_id, quantity, unit_price_added) VALUES ($1, $2, $3, $4)
       ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = EXCLUDED.quantity
       RETURNING id`,
      [cartId, variantId, quantity, unitPrice],
    );
    return row.id;
  }

  /** Sets many variants' quantities in one statement (a merge). */
  async putLines(tx: EntityManager, cartId: string, lines: { variantId: string; quantity: number; unitPrice: number }[]): Promise<void> {
    if (!lines.length) return;
    await tx.query(
      `INSERT INTO cart_lines (cart_id, variant_id, quantity, unit_price_added)
       SELECT $1, v, q, p FROM unnest($2::uuid[], $3::int[], $4::bigint[]) AS l (v, q, p)
       ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = EXCLUDED.quantity`,
      [cartId, lines.map((l) => l.variantId), lines.map((l) => l.quantity), lines.map((l) => l.unitPrice)],
    );
  }

  async removeLines(tx: EntityManager, cartId: string, lineIds?: string[]): Promise<void> {
    if (lineIds) await tx.query(`DELETE FROM cart_lines WHERE cart_id = $1 AND id = ANY($2::uuid[])`, [cartId, lineIds]);
    else await tx.query(`DELETE FROM cart_lines WHERE cart_id = $1`, [cartId]);
  }

  /**
   * Locks the cart and keeps it alive until `expiresAt`. The answer carries the expiry as it was, so
   * an expired cart is still refused (the caller's rollback undoes the touch).
   */
  async lockTouching(tx: EntityManager, id: string, expiresAt: Date): Promise<CartRow | null> {
    if (!isUuid(id)) return null;
    const [row]: (CartRow & { expires_at_before: Date })[] = returnedRows(
      await tx.query(
        `UPDATE carts c SET updated_at = now(), expires_at = $2 FROM (SELECT expires_at FROM carts WHERE id = $1 FOR UPDATE) old
          WHERE c.id = $1 RETURNING c.*, old.expires_at AS expires_at_before`,
        [id, expiresAt],
      ),
    );
    if (!row) return null;
    const { expires_at_before: expiresAtBefore, ...cart } = row;
    return { ...cart, expires_at: expiresAtBefore };
  }

  /** Any change keeps the cart alive for another idle period. */
  async touch(tx: EntityManager, cartId: string, expiresAt: Date): Promise<void> {
    await tx.query(`UPDATE carts SET updated_at = now(), expires_at = $2 WHERE id = $1`, [cartId, expiresAt]);
  }

  /** Checkout details; only the fields given change. */
  async updateDetails(tx: EntityManager, cartId: string, details: Partial<Pick<CartRow, CartDetailField>>): Promise<CartRow> {
    const fields = Object.keys(details) as CartDetailField[];
    const [row]: CartRow[] = returnedRows(
      await tx.query(
        `UPDATE carts SET ${fields.map((f, i) => `${f} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1 RETURNING *`,
        [cartId, ...fields.map((f) => (f.endsWith('_address') && details[f] ? JSON.stringify(details[f]) : details[f]))],
      ),
    );
    return row;
  }

  async setCheckout(
    tx: EntityManager,
    cartId: string,
    state: { status: CartStatus; reservedUntil: Date | null; checkout: object | null },
  ): Promise<void> {
    await tx.query(`UPDATE carts SET status = $2, reserved_until = $3, checkout = $4, updated_at = now() WHERE id = $1`, [
      cartId,
      state.status,
      state.reservedUntil,
      state.checkout === null ? null : JSON.stringify(state.checkout),
    ]);
  }

  async setStatus(tx: EntityManager, cartId: string, status: CartStatus): Promise<void> {
    await tx.query(`UPDATE carts SET status = $2, updated_at = now() WHERE id = $1`, [cartId, status]);
  }

  async assignCustomer(tx: EntityManager, cartId: string, customerId: string): Promise<void> {
    await tx.query(`UPDATE carts SET customer_id = $2, updated_at = now() WHERE id = $1`, [cartId, customerId]);
  }
}
