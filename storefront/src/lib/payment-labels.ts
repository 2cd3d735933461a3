import type { PaymentProviderId, SavedPaymentMethodView } from '@tillpoint/sdk';

export const PROVIDER_LABELS: Record<PaymentProviderId, string> = {
  sandbox: 'Card',
  stripe: 'Card (Stripe)',
  paypal: 'PayPal',
  cash_on_delivery: 'Cash on delivery',
};

/** The sandbox's test cards for a payment, each described by what it does: no card number is ever asked. */
export const SANDBOX_TEST_CARDS: readonly { token: string; label: string; outcome: string }[] = [
  { token: 'tok_sandbox_approve', label: 'Test card that approves', outcome: 'The payment goes through at once.' },
  {
    token: 'tok_sandbox_action',
    label: 'Test card that asks for approval',
    outcome: 'You approve it on a test bank page, like 3-D Secure.',
  },
  { token: 'tok_sandbox_decline', label: 'Test card that declines', outcome: 'The bank says no, to try the declined path.' },
];

/** Test cards to keep in the account (sandbox card setups). */
export const SANDBOX_SAVABLE_CARDS: readonly { token: string; label: string }[] = [
  { token: 'tok_sandbox_visa', label: 'Visa test card ending 4242' },
  { token: 'tok_sandbox_mastercard', label: 'Mastercard test card ending 4444' },
  { token: 'tok_sandbox_declining_card', label: 'Visa test card ending 0002 (always declines)' },
];

const BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express' };

/** "Visa ending 4242 · expires 12/2029" */
export function describeSavedCard(card: SavedPaymentMethodView): string {
  const brand = BRANDS[card.brand] ?? card.brand.charAt(0).toUpperCase() + card.brand.slice(1);
  return `${brand} ending ${card.last4} · expires ${String(card.expMonth).padStart(2, '0')}/${card.expYear}`;
}

/** How an order was paid, for its confirmation: "Card", "Cash on delivery". */
export function paymentLabel(provider: string): string {
  return PROVIDER_LABELS[provider as PaymentProviderId] ?? provider;
}
