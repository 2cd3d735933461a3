import type { Money, OfferedProviderView, PaymentProviderId } from '@tillpoint/sdk';
import { useRef, useState } from 'react';
import { Glyph } from '../../components/Glyph';
import { formatMoney } from '../../lib/money';
import { PROVIDER_LABELS } from '../../lib/payment-labels';
import type { CardMethod } from './CardChoice';
import { PaymentProblem } from './PaymentProblem';
import { ProviderDetails } from './ProviderDetails';
import type { StripePaymentElement } from './stripe-payment-element';
import type { PaymentChoice, PaymentControls } from './use-payment';
import type { PaymentOptions } from './use-payment-options';

interface Props {
  options: PaymentOptions;
  total: Money;
  signedIn: boolean;
  payment: PaymentControls;
  /** The customer's preferred way to pay, chosen first when it is on offer. */
  preferredProvider?: PaymentProviderId | null;
}

const FIRST_TEST_CARD: CardMethod = { kind: 'test', token: 'tok_sandbox_approve' };

/** Step 5: the ways to pay on offer, the card form for the chosen one, and the Pay button. */
export function PaymentStep({ options, total, signedIn, payment, preferredProvider = null }: Props) {
  // Stripe needs its publishable key to show the card form: without one it is not offered.
  const providers = options.providers.filter((p) => p.id !== 'stripe' || p.publishableKey);
  const { savedCards } = options;
  const first = providers.find((p) => p.id === preferredProvider) ?? providers[0];
  const [providerId, setProviderId] = useState<PaymentProviderId | null>(first?.id ?? null);
  const [method, setMethod] = useState<CardMethod>(() => {
    // The customer's default card first, else their newest one.
    const usable = savedCards.filter((card) => card.provider === first?.id);
    const saved = usable.find((card) => card.isDefault) ?? usable[0];
    return saved ? { kind: 'saved', id: saved.id } : FIRST_TEST_CARD;
  });
  const [saveCard, setSaveCard] = useState(false);
  const stripeElement = useRef<StripePaymentElement | null>(null);
  const provider = providers.find((p) => p.id === providerId) ?? null;
  const { state } = payment;
  // Stripe's PaymentIntent is under way: the card form confirms it, and the way to pay is settled until cancelled.
  const confirming = state.status === 'confirming';
  const paying = state.status === 'paying' || (confirming && state.busy === true);

  if (providers.length === 0) {
    return <p className="text-sm text-red-700">No way to pay is offered for this address and total. Please contact us.</p>;
  }

  function submit(event: { preventDefault(): void }): void {
    event.preventDefault();
    if (confirming && stripeElement.current) void payment.confirm(stripeElement.current);
    else if (!confirming && provider) void payment.pay(choiceFor(provider, method, saveCard));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <fieldset className="space-y-3">
        <legend className="sr-only">Way to pay</legend>
        {providers.map((offered) => (
          <div
            key={offered.id}
            className={`rounded-xl border ${offered.id === providerId ? 'border-brand-ink bg-stone-50 ring-1 ring-brand-ink' : 'border-stone-200'}`}
          >
            <label className="flex cursor-pointer items-center gap-3 p-4">
              <input
                type="radio"
                name="provider"
                value={offered.id}
                checked={offered.id === providerId}
                disabled={confirming}
                onChange={() => setProviderId(offered.id)}
                className="size-4 accent-stone-900"
              />
              <span className="flex-1 text-sm font-medium text-stone-950">{PROVIDER_LABELS[offered.id]}</span>
              <Glyph name={offered.id === 'cash_on_delivery' ? 'truck' : 'card'} className="size-5 text-stone-500" />
            </label>
            {offered.id === providerId && (
              <div className="border-t border-stone-200 p-4">
                <ProviderDetails
                  provider={offered}
                  options={options}
                  payment={payment}
                  method={method}
                  saveCard={saveCard}
                  signedIn={signedIn}
                  onMethod={setMethod}
                  onSaveCard={setSaveCard}
                  onStripeElement={(element) => (stripeElement.current = element)}
                />
              </div>
            )}
          </div>
        ))}
      </fieldset>
      {state.status === 'failed' && <PaymentProblem code={state.code} message={state.message} />}
      <button
        type="submit"
        disabled={paying || !provider}
        aria-busy={paying}
        className="flex w-full items-center justify-center gap-2 rounded-lg bg-brand px-6 py-3.5 text-base font-semibold text-brand-contrast shadow-sm hover:brightness-110 disabled:cursor-wait disabled:opacity-70"
      >
        {paying ? <Glyph name="spinner" className="size-5" /> : <Glyph name="lock" className="size-4" />}
        {paying ? 'Processing…' : payLabel(providerId, confirming, total)}
      </button>
      <p className="text-center text-xs text-stone-500">By placing your order you agree to our terms of sale.</p>
    </form>
  );
}

function payLabel(providerId: PaymentProviderId | null, confirming: boolean, total: Money): string {
  if (providerId === 'cash_on_delivery') return `Place order · ${formatMoney(total)}`;
  // Nothing is charged until the card form, which opens once the payment is started.
  if (providerId === 'stripe' && !confirming) return 'Continue to card details';
  return `Pay ${formatMoney(total)}`;
}

function choiceFor(provider: OfferedProviderView, method: CardMethod, saveCard: boolean): PaymentChoice {
  if (provider.id !== 'sandbox') return { provider: provider.id };
  if (method.kind === 'saved') return { provider: provider.id, savedMethodId: method.id };
  return { provider: provider.id, methodToken: method.token, saveMethod: saveCard || undefined };
}
