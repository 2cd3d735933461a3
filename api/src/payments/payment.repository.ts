import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db, returnedRows } from '../platform/database/db.service';
import { minorUnitsTransformer } from '../platform/money/money.column';
import type { ProviderId } from './payment-provider';
import type { PaymentRecordState, RefundFigure } from './payment-state';

/** One payment as this domain keeps it. Amounts are minor units of `currency`. */
export interface PaymentRecord {
  id: string;
  cartId: string;
  orderId: string | null;
  customerId: string | null;
  provider: ProviderId;
  providerReference: string | null;
  currency: string;
  amount: number;
  state: PaymentRecordState;
  capturedAmount: number;
  refundedAmount: number;
  failureMessage: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RefundRecord extends RefundFigure {
  id: string;
  paymentId: string;
  providerReference: string;
  currency: string;
  reason: string | null;
  createdBy: string | null;
  createdAt: Date;
}

interface PaymentRow {
  id: string;
  cart_id: string;
  order_id: string | null;
  customer_id: string | null;
  provider: ProviderId;
  provider_reference: string | null;
  currency: string;
  amount: string;
  state: PaymentRecordState;
  captured_amount: string;
  refunded_amount: string;
  failure_message: string | null;
  created_at: Date;
  updated_at: Date;
}

interface RefundRow {
  id: string;
  payment_id: string;
  provider_reference: string;
  currency: string;
  amount: string;
  state: RefundFigure['state'];
  reason: string | null;
  created_by: string | null;
  created_at: Date;
}

const minor = (value: string | number): number => minorUnitsTransformer.from(value) as number;

/** This domain's queries on payments and refunds: row locks, guarded updates, the lookups the services do. */
@Injectable()
export class PaymentRepository {
  constructor(private readonly db: Db) {}

  async insert(
    tx: EntityManager,
    input: { cartId: string; customerId: string | null; provider: ProviderId; currency: string; amount: number },
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await tx.query(
      `INSERT INTO payments (cart_id, customer_id, provider, currency, amount) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [input.cartId, input.customerId, input.provider, input.currency, input.amount],
    );
    return id;
  }

  async find(manager: EntityManager | null, id: string): Promise<PaymentRecord | null> {
    const rows: PaymentRow[] = await (manager ?? this.db.manager).query(`SELECT * FROM payments WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async lock(tx: EntityManager, id: string): Promise<PaymentRecord | null> {
    const rows: PaymentRow[] = await tx.query(`SELECT * FROM payments WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async lockByReference(tx: EntityManager, provider: ProviderId, reference: string): Promise<PaymentRecord | null> {
    const rows: PaymentRow[] = await tx.query(`SELECT * FROM payments WHERE provider = $1 AND provider_reference = $2 FOR UPDATE`, [
      provider,
      reference,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async findByReference(provider: ProviderId, reference: string): Promise<PaymentRecord | null> {
    const rows: PaymentRow[] = await this.db.manager.query(`SELECT * FROM payments WHERE provider = $1 AND provider_reference = $2`, [
      provider,
      reference,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async listForCart(cartId: string): Promise<PaymentRecord[]> {
    const rows: PaymentRow[] = await this.db.manager.query(`SELECT * FROM payments WHERE cart_id = $1 ORDER BY created_at DESC LIMIT 50`, [
      cartId,
    ]);
    return rows.map(toRecord);
  }

  async listForOrder(orderId: string): Promise<PaymentRecord[]> {
    const rows: PaymentRow[] = await this.db.manager.query(`SELECT * FROM payments WHERE order_id = $1 ORDER BY created_at LIMIT 50`, [
      orderId,
    ]);
    return rows.map(toRecord);
  }

  async update(
    tx: EntityManager,
    id: string,
    change: Partial<
      Pick<PaymentRecord, 'state' | 'capturedAmount' | 'refundedAmount' | 'failureMessage' | 'providerReference' | 'orderId'>
    >,
  ): Promise<PaymentRecord> {
    const columns: Record<string, unknown> = {
      state: change.state,
      captured_amount: change.capturedAmount,
      refunded_amount: change.refundedAmount,
      failure_message: change.failureMessage,
      provider_reference: change.providerReference,
      order_id: change.orderId,
    };
    const entries = Object.entries(columns).filter(([, value]) => value !== undefined);
    const sets = entries.map(([column], index) => `${column} = $${index + 2}`);
    const rows = returnedRows<PaymentRow>(
      await tx.query(`UPDATE payments SET ${[...sets, 'updated_at = now()'].join(', ')} WHERE id = $1 RETURNING *`, [
        id,
        ...entries.map(([, value]) => value),
      ]),
    );
    return toRecord(rows[0]);
  }

  async refunds(manager: EntityManager | null, paymentId: string): Promise<RefundRecord[]> {
    const rows: RefundRow[] = await (manager ?? this.db.manager).query(
      `SELECT * FROM payment_refunds WHERE payment_id = $1 ORDER BY created_at, id`,
      [paymentId],
    );
    return rows.map(toRefund);
  }

  /** Inserts a refund or moves a known one (by the provider's refund id) to its new state; `succeeded` never goes back to `pending`. */
  async upsertRefund(
    tx: EntityManager,
    input: Omit<RefundRecord, 'id' | 'createdAt' | 'createdBy' | 'reason'> & { reason?: string | null; createdBy?: string | null },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO payment_refunds (payment_id, provider_reference, currency, amount, state, reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (payment_id, provider_reference) DO UPDATE
         SET state = CASE
               WHEN payment_refunds.state = 'failed' THEN 'failed'
               WHEN payment_refunds.state = 'succeeded' AND EXCLUDED.state = 'pending' THEN 'succeeded'
               ELSE EXCLUDED.state END,
             reason = COALESCE(payment_refunds.reason, EXCLUDED.reason),
             created_by = COALESCE(payment_refunds.created_by, EXCLUDED.created_by),
             updated_at = now()`,
      [input.paymentId, input.providerReference, input.currency, input.amount, input.state, input.reason ?? null, input.createdBy ?? null],
    );
  }
}

function toRecord(row: PaymentRow): PaymentRecord {
  return {
    id: row.id,
    cartId: row.cart_id,
    orderId: row.order_id,
    customerId: row.customer_id,
    provider: row.provider,
    providerReference: row.provider_reference,
    currency: row.currency,
    amount: minor(row.amount),
    state: row.state,
    capturedAmount: minor(row.captured_amount),
    refundedAmount: minor(row.refunded_amount),
    failureMessage: row.failure_message,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRefund(row: RefundRow): RefundRecord {
  return {
    id: row.id,
    paymentId: row.payment_id,
    providerReference: row.provider_reference,
    currency: row.currency,
    amount: minor(row.amount),
    state: row.state,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
