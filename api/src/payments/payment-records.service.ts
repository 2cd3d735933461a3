import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BadRequest, Conflict, NotFound } from '../platform/errors/domain-error';
import { Money, money } from '../platform/money/money';
import type { PaymentOutcome, ProviderId, RefundOutcome } from './payment-provider';
import { PaymentRecord, PaymentRepository, RefundRecord } from './payment.repository';
import { nextState, PaymentRecordState, reconcile, Reconciliation, refundableMinor } from './payment-state';
import { keepsCards, SavedMethodRepository } from './saved-methods/saved-method.repository';

export interface CreatePaymentInput {
  cartId: string;
  provider: ProviderId;
  amount: Money;
  /** The signed-in customer, when there is one: a card saved by this payment becomes theirs. */
  customerId?: string | null;
}

export interface RecordRefundInput {
  paymentId: string;
  /** What was asked to be refunded; `outcome.amount` is what the provider answered. */
  amount: Money;
  outcome: RefundOutcome;
  reason?: string | null;
  /** Who refunded (a staff id, say), for the books. */
  createdBy?: string | null;
}

/** A change heard about a payment: from the provider's answer, a webhook or a cash collection. */
export interface PaymentChange {
  state: PaymentRecordState;
  capturedAmount?: number | null;
  providerReference?: string | null;
  failureMessage?: string | null;
}

/**
 * Our record of each payment, written inside the caller's transaction: the checkout creates one before it
 * asks the provider, then applies what the provider answered. Applying is idempotent and order-proof: a
 * final state never moves back, and captured and refunded amounts only grow to what the provider reported.
 */
@Injectable()
export class PaymentRecords {
  constructor(
    private readonly payments: PaymentRepository,
    private readonly savedMethods: SavedMethodRepository,
  ) {}

  async create(tx: EntityManager, input: CreatePaymentInput): Promise<string> {
    const amount = money(input.amount.amount, input.amount.currency);
    if (amount.amount <= 0) throw new BadRequest('invalid_payment_amount', 'A payment is for a positive amount.');
    return this.payments.insert(tx, {
      cartId: input.cartId,
      customerId: input.customerId ?? null,
      provider: input.provider,
      currency: amount.currency,
      amount: amount.amount,
    });
  }

  async get(paymentId: string, tx: EntityManager | null = null): Promise<PaymentRecord> {
    const payment = await this.payments.find(tx, paymentId);
    if (!payment) throw new NotFound('payment');
    return payment;
  }

  /** The payment, locked until `tx` ends: the checkout reads it this way before deciding on the order. */
  async lock(tx: EntityManager, paymentId: string): Promise<PaymentRecord> {
    const payment = await this.payments.lock(tx, paymentId);
    if (!payment) throw new NotFound('payment');
    return payment;
  }

  /** A cart's payment attempts, newest first. */
  listForCart(cartId: string): Promise<PaymentRecord[]> {
    return this.payments.listForCart(cartId);
  }

  listForOrder(orderId: string): Promise<PaymentRecord[]> {
    return this.payments.listForOrder(orderId);
  }

  refunds(paymentId: string, tx: EntityManager | null = null): Promise<RefundRecord[]> {
    return this.payments.refunds(tx, paymentId);
  }

  /** Applies what `start`, `retrieve`, `capture` or `cancel` answered; a card the payment saved becomes the customer's. */
  async applyOutcome(tx: EntityManager, paymentId: string, outcome: PaymentOutcome): Promise<PaymentRecord> {
    const payment = await this.lock(tx, paymentId);
    if (payment.providerReference && payment.providerReference !== outcome.providerReference) {
      throw new Conflict('payment_reference_mismatch', 'This outcome belongs to another payment at the provider.');
    }
    const updated = await this.applyChange(tx, payment, {
      state: outcome.state,
      capturedAmount: outcome.capturedAmount,
      providerReference: outcome.providerReference,
      failureMessage: outcome.failureMessage ?? null,
    });
    await this.keepSavedMethod(tx, payment, outcome);
    return updated;
  }

  async attachOrder(tx: EntityManager, paymentId: string, orderId: string): Promise<PaymentRecord> {
    const payment = await this.lock(tx, paymentId);
    if (payment.orderId === orderId) return payment;
    if (payment.orderId) throw new Conflict('payment_already_attached', 'This payment already belongs to another order.');
    return this.payments.update(tx, paymentId, { orderId });
  }

  /** What may still be refunded; check it before asking the provider for a refund. */
  async refundable(paymentId: string, tx: EntityManager | null = null): Promise<Money> {
    const payment = await this.get(paymentId, tx);
    return money(refundableMinor(payment, await this.payments.refunds(tx, paymentId)), payment.currency);
  }

  /**
   * Records a refund the provider answered, keyed by its refund reference: recording it again, or hearing it
   * by webhook too, counts it once. The provider has already moved the money, so this never refuses an amount.
   */
  async recordRefund(tx: EntityManager, input: RecordRefundInput): Promise<PaymentRecord> {
    const payment = await this.lock(tx, input.paymentId);
    if (input.amount.currency !== payment.currency) {
      throw new BadRequest('currency_mismatch', `The payment is in ${payment.currency}, not ${input.amount.currency}.`);
    }
    return this.applyRefund(tx, payment, {
      providerReference: input.outcome.refundReference,
      amount: input.outcome.amount || input.amount.amount,
      state: input.outcome.state,
      reason: input.reason ?? null,
      createdBy: input.createdBy ?? null,
    });
  }

  async reconciliation(paymentId: string): Promise<Reconciliation> {
    const payment = await this.get(paymentId);
    return reconcile(payment, await this.payments.refunds(null, paymentId));
  }

  /** Moves a locked payment by what was heard, without ever going backwards; writes nothing when nothing changes. */
  async applyChange(tx: EntityManager, payment: PaymentRecord, change: PaymentChange): Promise<PaymentRecord> {
    const state = nextState(payment.state, change.state);
    let capturedAmount = Math.min(payment.amount, Math.max(payment.capturedAmount, change.capturedAmount ?? 0));
    // A capture heard without an amount (some webhooks carry none) takes the whole payment.
    if (state === 'captured' && capturedAmount === 0) capturedAmount = payment.amount;
    const providerReference = payment.providerReference ?? change.providerReference ?? null;
    const failureMessage = state === 'failed' && payment.state !== 'failed' ? (change.failureMessage ?? null) : payment.failureMessage;
    if (
      state === payment.state &&
      capturedAmount === payment.capturedAmount &&
      providerReference === payment.providerReference &&
      failureMessage === payment.failureMessage
    ) {
      return payment;
    }
    return this.payments.update(tx, payment.id, { state, capturedAmount, providerReference, failureMessage });
  }

  /** A refund proves its money was captured, so a refund heard before the capture raises the captured amount too. */
  async applyRefund(
    tx: EntityManager,
    payment: PaymentRecord,
    refund: { providerReference: string; amount: number; state: RefundRecord['state']; reason?: string | null; createdBy?: string | null },
  ): Promise<PaymentRecord> {
    await this.payments.upsertRefund(tx, { paymentId: payment.id, currency: payment.currency, ...refund });
    const refunds = await this.payments.refunds(tx, payment.id);
    const refundedAmount = refunds.filter((r) => r.state === 'succeeded').reduce((sum, r) => sum + r.amount, 0);
    const capturedAmount = Math.max(payment.capturedAmount, refundedAmount);
    const state = refundedAmount > 0 ? nextState(payment.state, 'captured') : payment.state;
    if (refundedAmount === payment.refundedAmount && capturedAmount === payment.capturedAmount && state === payment.state) return payment;
    return this.payments.update(tx, payment.id, { refundedAmount, capturedAmount, state });
  }

  private async keepSavedMethod(tx: EntityManager, payment: PaymentRecord, outcome: PaymentOutcome): Promise<void> {
    if (!payment.customerId || !keepsCards(payment.provider)) return;
    // The card stays with the provider customer it is attached to; the customer's mapping keeps the first one made.
    const providerCustomerId = outcome.savedMethod?.providerCustomerId ?? outcome.providerCustomerId ?? null;
    if (!providerCustomerId) return;
    await this.savedMethods.rememberProviderCustomer(tx, payment.customerId, payment.provider, providerCustomerId);
    if (!outcome.savedMethod) return;
    await this.savedMethods.upsert(tx, payment.customerId, payment.provider, providerCustomerId, outcome.savedMethod);
  }
}
