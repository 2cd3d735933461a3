import type { CartView, PaymentProviderId, PostalAddressDto, ShippingMethodKind } from '@tillpoint/sdk';
import { useEffect, useRef, useState } from 'react';
import { addressDraft, addressErrors, addressLines, toPostalAddress, type AddressDraft } from '../../lib/address-form';
import { describeDeliveryOption } from '../../lib/delivery';
import type { DeliveryCountry } from '../../lib/delivery-countries';
import { announceCart, cartRequests, CartRequestError } from '../cart/cart-client';
import { useCart } from '../cart/use-cart';
import { BillingStep } from './BillingStep';
import { activeStep, stepState, type SaveDetails, type StepId } from './checkout-steps';
import { CheckoutStep } from './CheckoutStep';
import { ContactStep } from './ContactStep';
import { DeliveryStep } from './DeliveryStep';
import { OrderSummary } from './OrderSummary';
import { PaymentSection } from './PaymentSection';
import { ShippingStep } from './ShippingStep';
import { usePayment } from './use-payment';

interface Props {
  initialCart: CartView;
  /** The signed-in customer's email, or null for a guest. */
  accountEmail: string | null;
  countries: DeliveryCountry[];
  homeCountry: string;
  /** A signed-in customer's usual choices: delivery kind and way to pay (chosen when on offer), default shipping address (filled in). */
  preferences?: {
    deliveryKind: ShippingMethodKind | null;
    paymentProvider: PaymentProviderId | null;
    shippingAddress: PostalAddressDto | null;
  } | null;
}

/**
 * The one-page checkout: contact, shipping address, delivery, billing address and payment as numbered
 * steps, each saved on the cart as the shopper finishes it, beside the order summary.
 */
export function CheckoutForm({ initialCart, accountEmail, countries, homeCountry, preferences = null }: Props) {
  const { cart: current, actions } = useCart(initialCart);
  const cart = current ?? initialCart;
  const [editing, setEditing] = useState<StepId | null>(null);
  const [billingSame, setBillingSame] = useState(initialCart.billingAddress === null);
  const [billing, setBilling] = useState<AddressDraft>(() => addressDraft(initialCart.billingAddress, homeCountry));
  const [billingErrors, setBillingErrors] = useState<Partial<AddressDraft>>({});
  const countryName = (code: string) => countries.find((c) => c.code === code)?.name ?? code;

  const save: SaveDetails = (changes) =>
    cartRequests.update(changes).then(
      () => null,
      (error: unknown) => (error instanceof CartRequestError ? error : new CartRequestError(0, 'network', String(error), [])),
    );

  // A signed-in customer's confirmation goes to their account's address unless they give another.
  useEffect(() => {
    if (accountEmail && !initialCart.email) void save({ email: accountEmail });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the cart the page started with
  }, []);

  // The preferred kind of delivery is chosen once the address offers it and nothing is chosen yet (once per method).
  const preferredTried = useRef<string | null>(null);
  const preferredMethod = cart.deliveryOptions.find((o) => o.kind === preferences?.deliveryKind)?.methodId;
  useEffect(() => {
    if (!preferredMethod || cart.shippingMethodId || preferredTried.current === preferredMethod) return;
    preferredTried.current = preferredMethod;
    void save({ shippingMethodId: preferredMethod });
  }, [preferredMethod, cart.shippingMethodId]);

  /** The billing address is saved as the shopper pays: the shipping one (null) unless they gave another. */
  async function saveBilling(): Promise<boolean> {
    if (billingSame && cart.billingAddress === null) return true;
    const problem = await save({ billingAddress: billingSame ? null : toPostalAddress(billing) });
    setBillingErrors(problem ? addressErrors(problem.errors, 'billingAddress') : {});
    if (problem) document.getElementById('step-4-heading')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    return problem === null;
  }

  const payment = usePayment({
    cartId: cart.id,
    beforePay: saveBilling,
    // Stock or readiness changed under the shopper: show the cart as it now is, problems and all.
    onRefused: (error) => {
      if (error.status === 409) void cartRequests.load().then((fresh) => fresh && announceCart(fresh));
    },
  });

  const active = activeStep(cart, editing);
  const done = () => setEditing(null);
  const option = cart.deliveryOptions.find((o) => o.methodId === cart.shippingMethodId);
  const upcoming = active !== null;

  return (
    <div className="lg:grid lg:grid-cols-12 lg:items-start lg:gap-x-10">
      <div className="space-y-4 lg:col-span-7">
        <CheckoutStep
          number={1}
          title="Contact"
          state={stepState('contact', active)}
          summary={cart.email}
          onEdit={() => setEditing('contact')}
        >
          <ContactStep email={cart.email} accountEmail={accountEmail} save={save} onDone={done} />
        </CheckoutStep>
        <CheckoutStep
          number={2}
          title="Shipping address"
          state={stepState('shipping', active)}
          summary={cart.shippingAddress && addressLines(cart.shippingAddress, countryName).join(', ')}
          onEdit={() => setEditing('shipping')}
        >
          <ShippingStep
            address={cart.shippingAddress ?? preferences?.shippingAddress ?? null}
            countries={countries}
            homeCountry={homeCountry}
            save={save}
            onDone={done}
          />
        </CheckoutStep>
        <CheckoutStep
          number={3}
          title="Delivery"
          state={stepState('delivery', active)}
          summary={option && `${describeDeliveryOption(option).title} · ${describeDeliveryOption(option).when}`}
          onEdit={() => setEditing('delivery')}
        >
          <DeliveryStep options={cart.deliveryOptions} chosen={cart.shippingMethodId} save={save} onDone={done} />
        </CheckoutStep>
        <CheckoutStep number={4} title="Billing address" state={upcoming ? 'upcoming' : 'active'}>
          <BillingStep
            sameAsShipping={billingSame}
            draft={billing}
            errors={billingErrors}
            countries={countries}
            onSameChange={setBillingSame}
            onChange={setBilling}
          />
        </CheckoutStep>
        <CheckoutStep number={5} title="Payment" state={upcoming ? 'upcoming' : 'active'}>
          <PaymentSection
            cart={cart}
            signedIn={accountEmail !== null}
            payment={payment}
            preferredProvider={preferences?.paymentProvider ?? null}
          />
        </CheckoutStep>
      </div>
      <aside className="mt-8 lg:sticky lg:top-24 lg:col-span-5 lg:mt-0">
        <OrderSummary cart={cart} applyCode={actions.applyCode} />
      </aside>
    </div>
  );
}
