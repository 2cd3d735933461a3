import type { OfferedProviderView } from '@tillpoint/sdk';
import { CardChoice, type CardMethod } from './CardChoice';
import type { StripePaymentElement } from './stripe-payment-element';
import { StripeCardForm } from './StripeCardForm';
import type { PaymentControls } from './use-payment';
import type { PaymentOptions } from './use-payment-options';

interface Props {
  provider: OfferedProviderView;
  options: PaymentOptions;
  payment: PaymentControls;
  method: CardMethod;
  saveCard: boolean;
  signedIn: boolean;
  onMethod(method: CardMethod): void;
  onSaveCard(save: boolean): void;
  onStripeElement(element: StripePaymentElement | null): void;
}

/** What the chosen way to pay needs before Pay: a test card, Stripe's card form, or a word on what happens next. */
export function ProviderDetails(props: Props) {
  const { provider, payment } = props;
  const state = payment.state;
  if (provider.id === 'sandbox') return <CardChoice {...props} savedCards={props.options.savedCards} />;
  if (provider.id === 'cash_on_delivery') {
    return <p className="text-sm text-stone-600">Pay in cash to the courier when your order arrives. No payment is taken now.</p>;
  }
  if (provider.id === 'paypal') return <p className="text-sm text-stone-600">You'll approve the payment at PayPal, then come back here.</p>;
  if (state.status !== 'confirming' || !provider.publishableKey) {
    return <p className="text-sm text-stone-600">Your card details go straight to Stripe, in a secure form that opens next.</p>;
  }
  return (
    <div className="space-y-4">
      <StripeCardForm
        publishableKey={provider.publishableKey}
        clientSecret={state.clientSecret}
        error={state.error}
        onElement={props.onStripeElement}
      />
      <button
        type="button"
        onClick={() => void payment.cancel()}
        className="text-sm font-medium text-stone-600 underline underline-offset-2 hover:text-stone-900"
      >
        Cancel this payment and pay another way
      </button>
    </div>
  );
}
