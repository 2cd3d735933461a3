import type { ChangeEvent } from 'react';
import { describeDeliveryOption } from '../lib/delivery';
import type { DeliveryCountry } from '../lib/delivery-countries';
import type { DeliveryState } from './delivery-options';

interface Props {
  state: DeliveryState;
  country: string;
  countries: readonly DeliveryCountry[];
  onCountryChange: (country: string) => void;
  /** The chosen variant cannot be ordered: dates would promise something we cannot send. */
  soldOut: boolean;
}

const ICON_PATHS = {
  truck:
    'M3 6h11v10H3zM14 9h4l3 3.5V16h-7M7 19.3a1.8 1.8 0 1 0 0-3.6 1.8 1.8 0 0 0 0 3.6zM17 19.3a1.8 1.8 0 1 0 0-3.6 1.8 1.8 0 0 0 0 3.6z',
  store: 'M4 10v10h16V10M3 10 5 4h14l2 6zM10 20v-5h4v5',
};

function Icon({ name }: { name: keyof typeof ICON_PATHS }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className="mt-0.5 size-5 shrink-0 text-stone-500"
    >
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}

/** Delivery methods, costs and dates for the chosen variant, with the destination country to change. */
export function DeliveryEstimate({ state, country, countries, onCountryChange, soldOut }: Props) {
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => onCountryChange(event.currentTarget.value);
  const options = state.status === 'failed' ? [] : state.options;
  let message: string | null = null;
  if (soldOut) message = 'This option is sold out, so we cannot give a delivery date.';
  else if (state.status === 'failed') message = "We can't show delivery dates right now. They will appear at checkout.";
  else if (state.status === 'loading' && options.length === 0) message = 'Checking delivery dates…';
  else if (state.status === 'ready' && options.length === 0)
    message = `We don't deliver to ${countries.find((c) => c.code === country)?.name ?? country} yet.`;

  return (
    <section aria-labelledby="delivery-heading" className="rounded-xl border border-stone-200 p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h2 id="delivery-heading" className="text-sm font-semibold text-stone-950">
          Delivery
        </h2>
        <div data-requires-js className="flex items-center gap-2 text-sm">
          <label htmlFor="delivery-country" className="text-stone-600">
            Deliver to
          </label>
          <select
            id="delivery-country"
            value={country}
            onChange={onChange}
            className="rounded-lg border border-stone-300 bg-white py-1.5 pr-8 pl-2.5 text-sm font-medium text-stone-900 hover:border-stone-400 focus:border-brand-ink focus:ring-1 focus:ring-brand-ink focus:outline-none"
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div aria-live="polite" aria-busy={state.status === 'loading'} className="mt-3">
        {message ? (
          <p className="text-sm text-stone-600">{message}</p>
        ) : (
          <ul className={`space-y-3 transition-opacity ${state.status === 'loading' ? 'opacity-50' : ''}`}>
            {options.map((option) => {
              const line = describeDeliveryOption(option);
              return (
                <li key={option.methodId} className="flex gap-3 text-sm">
                  <Icon name={option.kind === 'pickup' ? 'store' : 'truck'} />
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap justify-between gap-x-3">
                      <span className="font-medium text-stone-900">{line.title}</span>
                      <span className={option.price.amount === 0 ? 'font-medium text-emerald-800' : 'text-stone-700'}>{line.cost}</span>
                    </p>
                    <p className="text-stone-600">{line.when}</p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {state.status === 'loading' && options.length > 0 && <p className="sr-only">Checking delivery dates…</p>}
      </div>
    </section>
  );
}
