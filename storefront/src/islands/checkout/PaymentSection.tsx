import type { CartView, PaymentProviderId } from '@tillpoint/sdk';
import { Glyph } from '../../components/Glyph';
import { PaymentStep } from './PaymentStep';
import type { PaymentControls } from './use-payment';
import { usePaymentOptions } from './use-payment-options';

interface Props {
  cart: CartView;
  signedIn: boolean;
  payment: PaymentControls;
  preferredProvider: PaymentProviderId | null;
}

/** Loads what is offered for this cart's destination and total, then shows the payment step. */
export function PaymentSection({ cart, signedIn, payment, preferredProvider }: Props) {
  const destination = cart.billingAddress?.country ?? cart.shippingAddress?.country ?? '';
  const options = usePaymentOptions(`${destination}|${cart.totals.total.amount}|${cart.totals.total.currency}`);
  if (options.status === 'loading') {
    return (
      <p className="flex items-center gap-2 text-sm text-stone-600">
        <Glyph name="spinner" className="size-4" /> Loading the ways to pay…
      </p>
    );
  }
  if (options.status === 'failed') return <p className="text-sm text-red-700">{options.message}</p>;
  return (
    <PaymentStep
      options={options.options}
      total={cart.totals.total}
      signedIn={signedIn}
      payment={payment}
      preferredProvider={preferredProvider}
    />
  );
}
