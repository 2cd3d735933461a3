import type { PaymentState } from '../../payment-provider';

/** The test tokens a storefront sends as `methodToken` to the sandbox, and what each one does. */
export const SANDBOX_TOKENS = {
  /** Paid at once. */
  approve: 'tok_sandbox_approve',
  /** Authorised, to be captured later. */
  authorize: 'tok_sandbox_authorize',
  /** Declined: "Your card was declined." */
  decline: 'tok_sandbox_decline',
  /** Needs the shopper's approval on the sandbox approval page (like 3-D Secure or PayPal), then paid. */
  action: 'tok_sandbox_action',
} as const;

export const DECLINED_MESSAGE = 'Your card was declined.';

export interface SandboxPlan {
  state: Extract<PaymentState, 'captured' | 'authorized' | 'failed' | 'requires_action'>;
  failureMessage?: string;
}

/** What a payment with this token does; no token at all means the hosted approval page. Null: not a sandbox token. */
export function planForToken(token: string | undefined): SandboxPlan | null {
  switch (token) {
    case SANDBOX_TOKENS.approve:
      return { state: 'captured' };
    case SANDBOX_TOKENS.authorize:
      return { state: 'authorized' };
    case SANDBOX_TOKENS.decline:
      return { state: 'failed', failureMessage: DECLINED_MESSAGE };
    case SANDBOX_TOKENS.action:
    case undefined:
      return { state: 'requires_action' };
    default:
      return null;
  }
}

export interface SandboxCardSpec {
  brand: string;
  last4: string;
  /** A saved card that declines every payment, to try that path with saved cards. */
  declines: boolean;
}

/** Test cards a shopper may save in the sandbox (the `token` of a setup's confirmation). */
export const SANDBOX_CARDS: Readonly<Record<string, SandboxCardSpec>> = {
  tok_sandbox_visa: { brand: 'visa', last4: '4242', declines: false },
  tok_sandbox_mastercard: { brand: 'mastercard', last4: '4444', declines: false },
  tok_sandbox_declining_card: { brand: 'visa', last4: '0002', declines: true },
};

/** Sandbox cards expire at the end of the year three years on, as test cards do: any future date works. */
export function sandboxExpiry(now = new Date()): { expMonth: number; expYear: number } {
  return { expMonth: 12, expYear: now.getUTCFullYear() + 3 };
}
