import type { DeliveryOptionView } from '@tillpoint/sdk';
import { useState, type FormEvent } from 'react';
import { useStoreCurrency } from '../../../app/use-store-info';
import { COUNTRY_OPTIONS } from '../../../shared/format/countries';
import { formatCalendarDate } from '../../../shared/format/dates';
import { formatMoney } from '../../../shared/format/money';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormSection } from '../../../shared/ui/FormSection';
import { MoneyInput } from '../../../shared/ui/MoneyInput';
import { Notice, ProblemNotice } from '../../../shared/ui/Notice';
import { SearchSelect } from '../../../shared/ui/SearchSelect';
import { METHOD_KIND } from '../shipping-labels';
import { useDeliveryPreview } from '../use-shipping';

/** What a shopper would be offered for a parcel to a place, with prices and dates, before anything goes live. */
export function DeliveryPreviewPanel() {
  const currency = useStoreCurrency();
  const preview = useDeliveryPreview();
  const [country, setCountry] = useState('NL');
  const [postcode, setPostcode] = useState('');
  const [grams, setGrams] = useState('1000');
  const [subtotal, setSubtotal] = useState<number | null>(5000);
  const weightGrams = /^\d+$/.test(grams.trim()) ? Number(grams) : null;
  const ready = weightGrams !== null && subtotal !== null && !Number.isNaN(subtotal);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    preview.mutate({
      destination: { country, postcode: postcode.trim() || undefined },
      weightGrams,
      subtotal: { amount: subtotal, currency },
    });
  };

  return (
    <FormSection title="Preview delivery options" description="Asks the API exactly what checkout would offer.">
      <form onSubmit={submit} noValidate className="space-y-3">
        <Field label="Country">
          {(props) => <SearchSelect {...props} options={COUNTRY_OPTIONS} value={country} onChange={setCountry} />}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="Postcode"
            autoComplete="off"
            placeholder="Optional"
            value={postcode}
            onChange={(event) => setPostcode(event.target.value)}
          />
          <TextField
            label="Weight (g)"
            inputMode="numeric"
            value={grams}
            onChange={(event) => setGrams(event.target.value)}
            error={weightGrams === null ? 'Enter grams' : undefined}
          />
        </div>
        <Field label="Order subtotal">
          {(props) => <MoneyInput {...props} currency={currency} value={subtotal} onChange={setSubtotal} />}
        </Field>
        <Button type="submit" variant="primary" className="w-full" loading={preview.isPending} disabled={!ready}>
          Preview
        </Button>
      </form>
      {preview.error && <ProblemNotice error={preview.error} />}
      {preview.data && (
        <div className="space-y-2" aria-live="polite">
          {preview.data.zone ? (
            <p className="text-stone-600">
              Zone: <span className="font-medium text-stone-900">{preview.data.zone.name}</span>
            </p>
          ) : (
            <Notice tone="warning">No zone covers this destination: checkout offers no delivery.</Notice>
          )}
          {preview.data.zone && preview.data.options.length === 0 && (
            <Notice tone="warning">The zone has no method for this parcel (too heavy, or none active).</Notice>
          )}
          <ul className="space-y-2">
            {preview.data.options.map((option) => (
              <DeliveryOption key={option.methodId} option={option} />
            ))}
          </ul>
        </div>
      )}
    </FormSection>
  );
}

function DeliveryOption({ option }: { option: DeliveryOptionView }) {
  const { earliest, latest } = option.estimate;
  return (
    <li className="rounded-lg border border-stone-200 px-3 py-2">
      <span className="flex items-center justify-between gap-2">
        <span className="flex min-w-0 items-center gap-2">
          <span className="truncate font-medium text-stone-900">{option.name}</span>
          <Badge tone={METHOD_KIND[option.kind].tone}>{METHOD_KIND[option.kind].label}</Badge>
        </span>
        <span className="shrink-0 font-semibold tabular-nums">{option.price.amount === 0 ? 'Free' : formatMoney(option.price)}</span>
      </span>
      <span className="mt-0.5 block text-xs text-stone-500">
        {earliest === latest ? formatCalendarDate(earliest) : `${formatCalendarDate(earliest)} – ${formatCalendarDate(latest)}`}
        {option.pickupLocation && ` · at ${option.pickupLocation.name}, ${option.pickupLocation.city}`}
      </span>
    </li>
  );
}
