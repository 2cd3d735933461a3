/** The Payment Element mounted for one PaymentIntent, ready to confirm it. */
export interface StripePaymentElement {
  /** Confirms the payment in the page (3-D Secure included); resolves to Stripe's message when it fails, else null. */
  confirm(returnUrl: string): Promise<string | null>;
  destroy(): void;
}

/**
 * Loads Stripe.js, only now that the shopper pays by card with Stripe: it is a separate chunk, and the pure
 * entry adds Stripe's script to the page only when called, so no other page (nor this one before) loads it.
 */
export async function mountPaymentElement(
  publishableKey: string,
  clientSecret: string,
  container: HTMLElement,
): Promise<StripePaymentElement> {
  const { loadStripe } = await import('@stripe/stripe-js/pure');
  const stripe = await loadStripe(publishableKey);
  if (!stripe) throw new Error('Stripe.js did not load.');
  const elements = stripe.elements({ clientSecret });
  const element = elements.create('payment');
  element.mount(container);
  return {
    async confirm(returnUrl) {
      const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl }, redirect: 'if_required' });
      return error ? (error.message ?? 'Your card was not accepted.') : null;
    },
    destroy: () => element.destroy(),
  };
}
