import type { DeliveryCountry } from '../../lib/delivery-countries';
import { ADDRESS_AUTOCOMPLETE, ADDRESS_LABELS, type AddressDraft, type AddressField } from '../../lib/address-form';
import { TextInput } from './TextInput';

interface Props {
  /** Prefix of the inputs' ids: "shipping" or "billing". */
  idPrefix: string;
  draft: AddressDraft;
  errors: Partial<AddressDraft>;
  countries: DeliveryCountry[];
  onChange(draft: AddressDraft): void;
}

/** The fields of a postal address, with the API's messages beside them. */
export function AddressFields({ idPrefix, draft, errors, countries, onChange }: Props) {
  const section = idPrefix === 'billing' ? 'billing' : 'shipping';
  const field = (name: AddressField, type: 'text' | 'tel' = 'text') => (
    <TextInput
      id={`${idPrefix}-${name}`}
      label={ADDRESS_LABELS[name]}
      value={draft[name]}
      error={errors[name]}
      type={type}
      autoComplete={`${section} ${ADDRESS_AUTOCOMPLETE[name]}`}
      onChange={(value) => onChange({ ...draft, [name]: value })}
    />
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {field('firstName')}
      {field('lastName')}
      <div className="sm:col-span-2">{field('line1')}</div>
      <div className="sm:col-span-2">{field('line2')}</div>
      {field('postcode')}
      {field('city')}
      <div className="space-y-1.5">
        <label htmlFor={`${idPrefix}-country`} className="text-sm font-medium text-stone-900">
          {ADDRESS_LABELS.country}
        </label>
        <select
          id={`${idPrefix}-country`}
          value={draft.country}
          autoComplete={`${section} country`}
          onChange={(event) => onChange({ ...draft, country: event.currentTarget.value })}
          className="block w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-base text-stone-900 shadow-xs focus:border-brand-ink focus:ring-1 focus:ring-brand-ink focus:outline-none sm:text-sm"
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {errors.country && <p className="text-sm text-red-700">{errors.country}</p>}
      </div>
      {field('region')}
      <div className="sm:col-span-2">{field('phone', 'tel')}</div>
    </div>
  );
}
