import type { DeliveryOptionView } from '@tillpoint/sdk';
import { useState } from 'react';
import { describeDeliveryOption } from '../../lib/delivery';
import type { SaveDetails } from './checkout-steps';

interface Props {
  options: DeliveryOptionView[];
  chosen: string | null;
  save: SaveDetails;
  onDone(): void;
}

/** Step 3: how it travels, priced and dated for the address; choosing one saves it. */
export function DeliveryStep({ options, chosen, save, onDone }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(methodId: string): Promise<void> {
    if (busy) return;
    setBusy(methodId);
    const problem = await save({ shippingMethodId: methodId });
    setBusy(null);
    if (problem) setError(problem.message);
    else onDone();
  }

  if (options.length === 0) {
    return <p className="text-sm text-red-700">We don't deliver to this address yet. Please choose another address.</p>;
  }
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Delivery method</legend>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {options.map((option) => {
        const { title, cost, when } = describeDeliveryOption(option);
        // The choice shows at once; the step closes once the cart has it.
        const selected = option.methodId === (busy ?? chosen);
        return (
          <label
            key={option.methodId}
            className={`flex cursor-pointer items-start gap-3 rounded-xl border p-4 transition-colors ${
              selected ? 'border-brand-ink bg-stone-50 ring-1 ring-brand-ink' : 'border-stone-200 hover:border-stone-400'
            } ${busy === option.methodId ? 'opacity-60' : ''}`}
          >
            <input
              type="radio"
              name="delivery-method"
              value={option.methodId}
              checked={selected}
              disabled={busy !== null}
              onChange={() => choose(option.methodId)}
              className="mt-0.5 size-4 accent-stone-900"
            />
            <span className="flex-1">
              <span className="block text-sm font-medium text-stone-950">{title}</span>
              <span className="mt-0.5 block text-sm text-stone-600">{when}</span>
            </span>
            <span className="text-sm font-semibold text-stone-950 tabular-nums">{cost}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
