import type { Money, OfferedProviderView, PaymentProviderId } from '@tillpoint/sdk';
import { useState } from 'react';
import { Glyph } from '../../components/Glyph';
import { formatMoney } from '../../lib/money';
import { PROVIDER_LABELS } from '../../lib/payment-labels';
import { CardChoice, type CardMethod } from './CardChoice';
import { PaymentProblem } from './PaymentProblem';
import type { PaymentChoice, PaymentState } from './use-payment';
import type { PaymentOptions } from './use-payment-options';

interface Props {
  options: PaymentOptions;
  total: Money;
  signedIn: boolean;
  payment: PaymentState;
  onPay(choice: PaymentChoice): void;
}

const FIRST_TEST_CARD: CardMethod = { kind: 'test', token: 'tok_sandbox_approve' };

/** Step 5: the ways to pay on offer, the card form for the chosen one, and the Pay button. */
export function PaymentStep({ options, total, signedIn, payment, onPay }: Props) {
  const { providers, savedCards } = options;
  const [providerId, setProviderId] = useState<PaymentProviderId | null>(providers[0]?.id ?? null);
  const [method, setMethod] = useState<CardMethod>(() => {
    const saved = savedCards.find((card) => card.provider === providers[0]?.id);
    return saved ? { kind: 'saved', id: saved.id } : FIRST_TEST_CARD;
  });
  const [saveCard, setSaveCard] = useState(false);
  const provider = providers.find((p) => p.id === providerId) ?? null;
  const paying = payment.status === 'paying';

  if (providers.length === 0) {
    return <p className="text-sm text-red-700">No way to pay is offered for this address and total. Please contact us.</p>;
  }

  function submit(event: { preventDefault(): void }): void {
    event.preventDefault();
    if (provider) onPay(choiceFor(provider, method, saveCard));
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
                  method={method}
                  saveCard={saveCard}
                  signedIn={signedIn}
                  onMethod={setMethod}
                  onSaveCard={setSaveCard}
                />
              </div>
            )}
          </div>
        ))}
      </fieldset>
      {payment.status === 'failed' && <PaymentProblem code={payment.code} message={payment.message} />}
      <button
        type="submit"
        disabled={paying || !provider}
        aria-busy={paying}
        className="flex w-full items-center justify-center gap-2 rounded-lg bg-brand px-6 py-3.5 text-base font-semibold text-brand-contrast shadow-sm hover:brightness-110 disabled:cursor-wait disabled:opacity-70"
      >
        {paying ? <Glyph name="spinner" className="size-5" /> : <Glyph name="lock" className="size-4" />}
        {paying ? 'Processing…' : providerId === 'cash_on_delivery' ? `Place order · ${formatMoney(total)}` : `Pay ${formatMoney(total)}`}
      </button>
      <p className="text-center text-xs text-stone-500">By placing your order you agree to our terms of sale.</p>
    </form>
  );
}

function ProviderDetails(props: {
  provider: OfferedProviderView;
  options: PaymentOptions;
  method: CardMethod;
  saveCard: boolean;
  signedIn: boolean;
  onMethod(method: CardMethod): void;
  onSaveCard(save: boolean): void;
}) {
  const { provider } = props;
  if (provider.id === 'sandbox') return <CardChoice {...props} savedCards={props.options.savedCards} />;
  if (provider.id === 'cash_on_delivery') {
    return <p className="text-sm text-stone-600">Pay in cash to the courier when your order arrives. No payment is taken now.</p>;
  }
  if (provider.id === 'paypal') return <p className="text-sm text-stone-600">You'll approve the payment at PayPal, then come back here.</p>;
  return <p className="text-sm text-stone-600">Enter your card details in the secure form after you press Pay.</p>;
}

function choiceFor(provider: OfferedProviderView, method: CardMethod, saveCard: boolean): PaymentChoice {
  if (provider.id !== 'sandbox') return { provider: provider.id };
  if (method.kind === 'saved') return { provider: provider.id, savedMethodId: method.id };
  return { provider: provider.id, methodToken: method.token, saveMethod: saveCard || undefined };
}
