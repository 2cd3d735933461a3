import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../../platform/config/app-config';
import { BadRequest, Conflict, NotFound } from '../../../platform/errors/domain-error';
import type { Money } from '../../../platform/money/money';
import { WebhookRejected } from '../../payment-errors';
import type { PaymentOutcome, PaymentProvider, PaymentRequest, PaymentState, ProviderEvent, RefundOutcome } from '../../payment-provider';
import { SandboxCardVault, toSavedMethod } from './sandbox-card-vault';
import { SandboxObject, SandboxObjects } from './sandbox-objects';
import { DECLINED_MESSAGE, planForToken, SANDBOX_CARDS } from './sandbox-tokens';

export interface SandboxPaymentData {
  paymentId: string;
  cartId: string;
  amount: number;
  currency: string;
  state: PaymentState;
  capturedAmount: number;
  refundedAmount: number;
  failureMessage: string | null;
  returnUrl: string;
  cancelUrl: string;
  customer: string | null;
  /** Save the card once the payment is approved (a signed-in payer asked to). */
  saveCard: boolean;
  cardId: string | null;
}

type Payment = SandboxObject<SandboxPaymentData>;

/**
 * The built-in provider of the embedded default: approval, decline and an approval step, driven by test
 * tokens (see sandbox-tokens.ts). It never sees card data; its state lives in the database like a real
 * provider's, so any API process can answer for it.
 */
@Injectable()
export class SandboxProvider implements PaymentProvider {
  readonly id = 'sandbox' as const;

  constructor(
    private readonly objects: SandboxObjects,
    private readonly vault: SandboxCardVault,
    private readonly config: AppConfig,
  ) {}

  async start(request: PaymentRequest): Promise<PaymentOutcome> {
    const key = `start:${request.paymentId}`;
    const existing = await this.objects.byKey<SandboxPaymentData>('payment', key);
    if (existing) return this.outcome(existing);
    let plan = planForToken(request.methodToken);
    let cardId: string | null = null;
    if (request.savedMethodId) {
      const card = await this.vault.card(request.savedMethodId);
      const owned = card && card.customer === request.payer.providerCustomerId;
      plan = !owned
        ? { state: 'failed', failureMessage: 'This saved card is not available.' }
        : card.declines
          ? failedPlan()
          : { state: 'captured' };
      cardId = owned ? request.savedMethodId : null;
    }
    if (!plan) {
      throw new BadRequest(
        'unknown_test_token',
        `The sandbox takes the test tokens tok_sandbox_approve, _authorize, _decline and _action.`,
        [{ pointer: '/methodToken', detail: 'is not a sandbox test token' }],
      );
    }
    const saveCard = Boolean(request.saveMethod && request.payer.customerId && !request.savedMethodId);
    const payment = await this.objects.insertOnce<SandboxPaymentData>('payment', 'pay', key, {
      paymentId: request.paymentId,
      cartId: request.cartId,
      amount: request.amount.amount,
      currency: request.amount.currency,
      state: plan.state,
      capturedAmount: plan.state === 'captured' ? request.amount.amount : 0,
      refundedAmount: 0,
      failureMessage: plan.failureMessage ?? null,
      returnUrl: request.returnUrl,
      cancelUrl: request.cancelUrl,
      customer: saveCard ? await this.vault.ensureCustomer(request.payer) : request.payer.providerCustomerId,
      saveCard,
      cardId,
    });
    return this.outcome(await this.keepCardIfApproved(payment));
  }

  async retrieve(providerReference: string): Promise<PaymentOutcome> {
    return this.outcome(await this.find(providerReference));
  }

  /** The shopper approved on the sandbox approval page: paid, as a card payment after 3-D Secure would be. */
  async approve(providerReference: string): Promise<SandboxPaymentData & { reference: string }> {
    const payment = await this.change(providerReference, (data) => {
      if (data.state === 'failed' || data.state === 'canceled') {
        throw new Conflict('sandbox_payment_closed', `This sandbox payment is ${data.state}.`);
      }
      return data.state === 'requires_action' ? { ...data, state: 'captured', capturedAmount: data.amount } : data;
    });
    const kept = await this.keepCardIfApproved(payment);
    return { ...kept.data, reference: kept.id };
  }

  /** The shopper turned the payment down on the approval page. */
  async decline(providerReference: string): Promise<SandboxPaymentData & { reference: string }> {
    const payment = await this.change(providerReference, (data) => {
      if (data.state === 'requires_action') return { ...data, state: 'canceled' };
      if (data.state === 'canceled') return data;
      throw new Conflict('sandbox_payment_closed', `This sandbox payment is already ${data.state}.`);
    });
    return { ...payment.data, reference: payment.id };
  }

  async capture(providerReference: string, amount: Money, idempotencyKey: string): Promise<PaymentOutcome> {
    const done = await this.objects.byKey<PaymentOutcome>('capture', idempotencyKey);
    if (done) return done.data;
    const payment = await this.change(providerReference, (data) => {
      if (data.state === 'captured') return data;
      if (data.state !== 'authorized') throw new Conflict('payment_not_capturable', `A ${data.state} payment cannot be captured.`);
      assertCurrency(data, amount);
      if (amount.amount <= 0 || amount.amount > data.amount) {
        throw new Conflict('capture_exceeds_authorized', `At most ${data.amount} can be captured.`);
      }
      return { ...data, state: 'captured', capturedAmount: amount.amount };
    });
    const outcome = await this.outcome(payment);
    return (await this.objects.insertOnce('capture', 'cap', idempotencyKey, outcome)).data;
  }

  async cancel(providerReference: string): Promise<PaymentOutcome> {
    const payment = await this.change(providerReference, (data) =>
      ['requires_action', 'authorized', 'pending'].includes(data.state) ? { ...data, state: 'canceled' } : data,
    );
    return this.outcome(payment);
  }

  async refund(providerReference: string, amount: Money, idempotencyKey: string): Promise<RefundOutcome> {
    const done = await this.objects.byKey<RefundOutcome>('refund', idempotencyKey);
    if (done) return done.data;
    return this.objects.transaction(async (tx) => {
      const payment = await this.lock(tx, providerReference);
      // A retry that raced the first call waited on the lock above, and finds its refund here.
      const raced = await this.objects.byKey<RefundOutcome>('refund', idempotencyKey, tx);
      if (raced) return raced.data;
      assertCurrency(payment.data, amount);
      const left = payment.data.capturedAmount - payment.data.refundedAmount;
      if (amount.amount <= 0 || amount.amount > left) {
        throw new Conflict('refund_exceeds_captured', `At most ${left} of this payment can still be refunded.`);
      }
      const refund = await this.objects.insertOnce<RefundOutcome>(
        'refund',
        're',
        idempotencyKey,
        (id) => ({ refundReference: id, state: 'succeeded', amount: amount.amount }),
        tx,
      );
      await this.objects.save(tx, 'payment', payment.id, { ...payment.data, refundedAmount: payment.data.refundedAmount + amount.amount });
      return refund.data;
    });
  }

  async verifyWebhook(): Promise<ProviderEvent> {
    throw new WebhookRejected('The sandbox sends no webhooks.');
  }

  /** The storefront's approval page for a payment that needs the shopper (see the sandbox store routes). */
  approvalUrl(reference: string): string {
    return `${this.config.store.storefrontUrl.replace(/\/+$/, '')}/checkout/sandbox/${reference}`;
  }

  async find(providerReference: string): Promise<Payment> {
    const payment = await this.objects.get<SandboxPaymentData>('payment', providerReference);
    if (!payment) throw new NotFound('sandbox payment');
    return payment;
  }

  private async lock(tx: EntityManager, providerReference: string): Promise<Payment> {
    const payment = await this.objects.get<SandboxPaymentData>('payment', providerReference, tx, true);
    if (!payment) throw new NotFound('sandbox payment');
    return payment;
  }

  private change(providerReference: string, apply: (data: SandboxPaymentData) => SandboxPaymentData): Promise<Payment> {
    return this.objects.transaction(async (tx) => {
      const payment = await this.lock(tx, providerReference);
      const next = apply(payment.data);
      return next === payment.data ? payment : this.objects.save(tx, 'payment', payment.id, next);
    });
  }

  /** A payer who asked to keep the card gets a sandbox Visa once the payment is approved (once). */
  private async keepCardIfApproved(payment: Payment): Promise<Payment> {
    const { data } = payment;
    if (!data.saveCard || data.cardId || !data.customer || (data.state !== 'captured' && data.state !== 'authorized')) return payment;
    const customer = data.customer;
    return this.objects.transaction(async (tx) => {
      const locked = await this.lock(tx, payment.id);
      if (locked.data.cardId) return locked;
      const card = await this.vault.createCard(customer, SANDBOX_CARDS.tok_sandbox_visa, tx);
      return this.objects.save(tx, 'payment', payment.id, { ...locked.data, cardId: card.providerMethodId });
    });
  }

  private async outcome(payment: Payment): Promise<PaymentOutcome> {
    const { data } = payment;
    const outcome: PaymentOutcome = { state: data.state, providerReference: payment.id, capturedAmount: data.capturedAmount };
    if (data.state === 'requires_action') outcome.action = { type: 'redirect', url: this.approvalUrl(payment.id) };
    if (data.failureMessage) outcome.failureMessage = data.failureMessage;
    if (data.saveCard && data.cardId) {
      const card = await this.vault.card(data.cardId);
      if (card) outcome.savedMethod = toSavedMethod(data.cardId, card);
      if (data.customer) outcome.providerCustomerId = data.customer;
    }
    return outcome;
  }
}

function failedPlan() {
  return { state: 'failed' as const, failureMessage: DECLINED_MESSAGE };
}

function assertCurrency(data: SandboxPaymentData, amount: Money): void {
  if (amount.currency !== data.currency) throw new BadRequest('currency_mismatch', `The payment is in ${data.currency}.`);
}
