import type { PaymentState } from './payment-provider';

/** Our record's state: `created` until the provider first answers, then the provider's view of it. */
export type PaymentRecordState = 'created' | PaymentState;

export const PAYMENT_RECORD_STATES: readonly PaymentRecordState[] = [
  'created',
  'requires_action',
  'pending',
  'authorized',
  'captured',
  'failed',
  'canceled',
];

const FINAL: ReadonlySet<PaymentRecordState> = new Set(['captured', 'failed', 'canceled']);

/** How far an open payment has come; a later answer never moves it back. */
const PROGRESS: Record<PaymentRecordState, number> = {
  created: 0,
  requires_action: 1,
  pending: 2,
  authorized: 3,
  captured: 4,
  failed: 4,
  canceled: 4,
};

export function isFinal(state: PaymentRecordState): boolean {
  return FINAL.has(state);
}

/**
 * The state after hearing `proposed`, whatever order answers and webhooks arrive in. Money taken is a fact:
 * `captured` wins over everything (a Stripe PaymentIntent can succeed on a retry after a failed attempt).
 * Otherwise final states stay, a failure or cancellation ends an open payment, and open states only move forward.
 */
export function nextState(current: PaymentRecordState, proposed: PaymentRecordState): PaymentRecordState {
  if (proposed === current) return current;
  if (proposed === 'captured') return 'captured';
  if (isFinal(current)) return current;
  if (proposed === 'failed' || proposed === 'canceled') return proposed;
  return PROGRESS[proposed] > PROGRESS[current] ? proposed : current;
}

export interface PaymentFigures {
  amount: number;
  capturedAmount: number;
  refundedAmount: number;
}

export interface RefundFigure {
  amount: number;
  state: 'pending' | 'succeeded' | 'failed';
}

/** What may still be refunded: captured, less what is refunded or on its way back. */
export function refundableMinor(payment: PaymentFigures, refunds: readonly RefundFigure[]): number {
  const pending = refunds.filter((r) => r.state === 'pending').reduce((sum, r) => sum + r.amount, 0);
  return Math.max(0, payment.capturedAmount - payment.refundedAmount - pending);
}

export interface Reconciliation {
  capturedMinor: number;
  refundedMinor: number;
  /** captured − refunded: what the store keeps. */
  netMinor: number;
  consistent: boolean;
  problems: string[];
}

/**
 * Checks a payment's books: refunded equals the sum of its succeeded refunds, never exceeds captured, and
 * captured never exceeds the amount; net is captured − refunded.
 */
export function reconcile(payment: PaymentFigures, refunds: readonly RefundFigure[]): Reconciliation {
  const problems: string[] = [];
  const succeeded = refunds.filter((r) => r.state === 'succeeded').reduce((sum, r) => sum + r.amount, 0);
  if (payment.capturedAmount < 0 || payment.refundedAmount < 0) problems.push('amounts must not be negative');
  if (payment.refundedAmount !== succeeded) {
    problems.push(`refunded ${payment.refundedAmount} differs from the sum of succeeded refunds ${succeeded}`);
  }
  if (payment.refundedAmount > payment.capturedAmount) {
    problems.push(`refunded ${payment.refundedAmount} exceeds captured ${payment.capturedAmount}`);
  }
  if (payment.capturedAmount > payment.amount) problems.push(`captured ${payment.capturedAmount} exceeds the amount ${payment.amount}`);
  return {
    capturedMinor: payment.capturedAmount,
    refundedMinor: payment.refundedAmount,
    netMinor: payment.capturedAmount - payment.refundedAmount,
    consistent: problems.length === 0,
    problems,
  };
}
