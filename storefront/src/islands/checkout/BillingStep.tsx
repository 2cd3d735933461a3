import type { AddressDraft } from '../../lib/address-form';
import type { DeliveryCountry } from '../../lib/delivery-countries';
import { AddressFields } from './AddressFields';

interface Props {
  sameAsShipping: boolean;
  draft: AddressDraft;
  errors: Partial<AddressDraft>;
  countries: DeliveryCountry[];
  onSameChange(same: boolean): void;
  onChange(draft: AddressDraft): void;
}

/** Step 4: the billing address, the shipping one unless the shopper says otherwise; saved when they pay. */
export function BillingStep({ sameAsShipping, draft, errors, countries, onSameChange, onChange }: Props) {
  return (
    <div className="space-y-5">
      <label className="flex items-center gap-3 text-sm font-medium text-stone-900">
        <input
          type="checkbox"
          checked={sameAsShipping}
          onChange={(event) => onSameChange(event.currentTarget.checked)}
          className="size-4 rounded accent-stone-900"
        />
        Same as the shipping address
      </label>
      {!sameAsShipping && <AddressFields idPrefix="billing" draft={draft} errors={errors} countries={countries} onChange={onChange} />}
    </div>
  );
}
