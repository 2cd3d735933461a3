import type { PaymentActionView, PaymentProviderId } from '@tillpoint/sdk';
import { useRef, useState } from 'react';
import { callStore, CartRequestError } from '../cart/cart-client';
import type { StripePaymentElement } from './stripe-payment-element';

export interface PaymentChoice {
  provider: PaymentProviderId;
  methodToken?: string;
  savedMethodId?: string;
  saveMethod?: boolean;
}

type PaymentStep = { status: 'placed'; confirmationPath: string } | { status: 'requires_action'; action: PaymentActionView };

export type PaymentState =
  | { status: 'idle' }
  | { status: 'paying' }
  /** Stripe: the card form must confirm the payment in the page, then the checkout is sent again. */
  /** busy: confirming or cancelling now; the card form stays mounted all the while (3-D Secure runs in it). */
  | { status: 'confirming'; clientSecret: string; choice: PaymentChoice; error?: string; busy?: boolean }
  | { status: 'failed'; message: string; code: string };

/** What the payment step needs: where the payment stands, and the shopper's moves. */
export type PaymentControls = ReturnType<typeof usePayment>;

interface PaymentOptions {
  /** The cart paid for, for Stripe's return address. */
  cartId: string;
  beforePay(): Promise<boolean>;
  onRefused(error: CartRequestError): void;
}

/**
 * Paying, once: a second click while a payment runs does nothing. An attempt keeps its idempotency key
 * while the shopper retries the same thing (after a network failure the API answers the retry with the
 * first result instead of charging twice); a new choice after a refusal is a new attempt with a new key.
 */
export function usePayment({ cartId, beforePay, onRefused }: PaymentOptions) {
  const [state, setState] = useState<PaymentState>({ status: 'idle' });
  const attempt = useRef<{ key: string; choice: string } | null>(null);

  async function pay(choice: PaymentChoice): Promise<void> {
    if (state.status === 'paying') return;
    setState({ status: 'paying' });
    if (!(await beforePay())) return setState({ status: 'idle' });
    const fingerprint = JSON.stringify(choice);
    if (attempt.current?.choice !== fingerprint) attempt.current = { key: newAttemptKey(), choice: fingerprint };
    await send(choice, attempt.current.key);
  }

  /** Stripe: the card form confirms the PaymentIntent, then the same checkout, same key, is sent to finish. */
  async function confirm(element: StripePaymentElement): Promise<void> {
    if (state.status !== 'confirming' || state.busy || !attempt.current) return;
    const waiting = { ...state, error: undefined };
    setState({ ...waiting, busy: true });
    const error = await element.confirm(new URL(`/checkout/return?cart=${cartId}`, window.location.href).href);
    if (error) return setState({ ...waiting, error });
    await send(waiting.choice, attempt.current.key);
  }

  async function send(choice: PaymentChoice, idempotencyKey: string): Promise<void> {
    try {
      const step = await callStore<PaymentStep>('/api/checkout/pay', 'POST', { ...choice, idempotencyKey });
      if (step.status === 'placed') return window.location.assign(step.confirmationPath);
      const { action } = step;
      if (action.type === 'redirect' && action.url) return window.location.assign(action.url);
      if (action.type === 'confirm' && action.clientSecret)
        return setState({ status: 'confirming', clientSecret: action.clientSecret, choice });
      setState({
        status: 'failed',
        message: 'This way to pay needs a step we cannot show. Please choose another.',
        code: 'unsupported_action',
      });
    } catch (error) {
      const failure = error instanceof CartRequestError ? error : new CartRequestError(0, 'network', String(error), []);
      // The API decided (declined, out of stock...): whatever the shopper does next is a new attempt.
      if (failure.status !== 0) attempt.current = null;
      setState({ status: 'failed', message: failure.message, code: failure.code });
      onRefused(failure);
    }
  }

  /** Stops the payment under way (the shopper chose to pay another way): the page opens again on the open cart. */
  async function cancel(): Promise<void> {
    if (state.status !== 'confirming' || state.busy) return;
    const waiting = { ...state, error: undefined };
    setState({ ...waiting, busy: true });
    try {
      const { next } = await callStore<{ next: string }>('/api/checkout/cancel', 'POST', {});
      window.location.assign(next);
    } catch (error) {
      // Not cancelled: the payment is still under way, so its card form stays.
      setState({ ...waiting, error: error instanceof CartRequestError ? error.message : String(error) });
    }
  }

  return { state, pay, confirm, cancel };
}

/** A UUID v4; randomUUID exists only on https and localhost pages, getRandomValues everywhere. */
function newAttemptKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
