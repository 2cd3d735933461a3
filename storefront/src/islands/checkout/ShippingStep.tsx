import type { PostalAddressDto } from '@tillpoint/sdk';
import { useState } from 'react';
import { addressDraft, addressErrors, toPostalAddress, type AddressDraft } from '../../lib/address-form';
import type { DeliveryCountry } from '../../lib/delivery-countries';
import { AddressFields } from './AddressFields';
import { ContinueButton } from './ContinueButton';
import type { SaveDetails } from './checkout-steps';

interface Props {
  address: PostalAddressDto | null;
  countries: DeliveryCountry[];
  homeCountry: string;
  save: SaveDetails;
  onDone(): void;
}

/** Step 2: where the order goes; the API checks the address (postcode format and all) and says where. */
export function ShippingStep({ address, countries, homeCountry, save, onDone }: Props) {
  const [draft, setDraft] = useState(() => addressDraft(address, homeCountry));
  const [errors, setErrors] = useState<Partial<AddressDraft>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: { preventDefault(): void }): Promise<void> {
    event.preventDefault();
    setBusy(true);
    const problem = await save({ shippingAddress: toPostalAddress(draft) });
    setBusy(false);
    if (!problem) return onDone();
    const fields = addressErrors(problem.errors, 'shippingAddress');
    setErrors(fields);
    setSummary(Object.keys(fields).length ? 'Please check the address.' : problem.message);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      {summary && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {summary}
        </p>
      )}
      <AddressFields idPrefix="shipping" draft={draft} errors={errors} countries={countries} onChange={setDraft} />
      <ContinueButton busy={busy} label="Continue to delivery" />
    </form>
  );
}
