import { useId } from 'react';
import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '../../../shared/ui/Field';
import { KNOWN_CARRIERS } from '../tracking';

type TrackingField = 'carrier' | 'trackingNumber' | 'trackingUrl';

interface TrackingFieldsProps {
  /** The form's `register`: its values include the three tracking fields. */
  register: (name: TrackingField) => UseFormRegisterReturn;
  errors: FieldErrors<Record<TrackingField, string>>;
}

/** Carrier, tracking number and link: for a new parcel, or when marking parcels shipped. */
export function TrackingFields({ register, errors }: TrackingFieldsProps) {
  const carriers = useId();
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 font-medium text-stone-800">Tracking</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Carrier"
          placeholder="PostNL"
          autoComplete="off"
          list={carriers}
          error={errors.carrier?.message}
          {...register('carrier')}
        />
        <TextField
          label="Tracking number"
          placeholder="3SABCD1234567"
          autoComplete="off"
          error={errors.trackingNumber?.message}
          {...register('trackingNumber')}
        />
      </div>
      <datalist id={carriers}>
        {KNOWN_CARRIERS.map((carrier) => (
          <option key={carrier} value={carrier} />
        ))}
      </datalist>
      <TextField
        label="Tracking link"
        type="url"
        inputMode="url"
        placeholder="https://"
        autoComplete="off"
        hint={`Leave empty for ${KNOWN_CARRIERS.slice(0, 4).join(', ')} and other known carriers: the link is made from the number.`}
        error={errors.trackingUrl?.message}
        {...register('trackingUrl')}
      />
    </fieldset>
  );
}
