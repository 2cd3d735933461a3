import type { PaymentRecord } from '../payments/payment.repository';
import { capturesOnApproval } from '../payments/providers/capture-on-approval';

/** Payment states an order can be placed on. */
export const TAKEN = new Set(['authorized', 'captured', 'pending']);

/** Taken far enough to place the order on: a PayPal approval is not, until it is captured. */
export function placeable(payment: Pick<PaymentRecord, 'state' | 'provider'>): boolean {
  return TAKEN.has(payment.state) && !(payment.state === 'authorized' && capturesOnApproval(payment.provider));
}
