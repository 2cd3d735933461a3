import type { PaymentActionView, PaymentProviderId } from '@tillpoint/sdk';
import { useRef, useState } from 'react';
import { callStore, CartRequestError } from '../cart/cart-client';

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
  | { status: 'confirming'; clientSecret: string; choice: PaymentChoice }
  | { status: 'failed'; message: string; code: string };

/**
 * Paying, once: a second click while a payment runs does nothing. An attempt keeps its idempotency key
 * while the shopper retries the same thing (after a network failure the API answers the retry with the
 * first result instead of charging twice); a new choice after a refusal is a new attempt with a new key.
 */
export function usePayment({ beforePay, onRefused }: { beforePay(): Promise<boolean>; onRefused(error: CartRequestError): void }) {
  const [state, setState] = useState<PaymentState>({ status: 'idle' });
  const attempt = useRef<{ key: string; choice: string } | null>(null);

  async function pay(choice: PaymentChoice): Promise<void> {
    if (state.status === 'paying') return;
    setState({ status: 'paying' });
    if (!(await beforePay())) return setState({ status: 'idle' });
    const fingerprint = JSON.stringify(choice);
    if (attempt.current?.choice !== fingerprint) attempt.current = { key: newAttemptKey(), choice: fingerprint };
    try {
      const step = await callStore<PaymentStep>('/api/checkout/pay', 'POST', { ...choice, idempotencyKey: attempt.current.key });
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

  return { state, pay, reset: () => setState({ status: 'idle' }) };
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
