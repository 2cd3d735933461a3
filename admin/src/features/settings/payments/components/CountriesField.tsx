import { Controller, useFormContext } from 'react-hook-form';
import { COUNTRY_OPTIONS } from '../../../../shared/format/countries';
import { Field } from '../../../../shared/ui/Field';
import { MultiSelect } from '../../../../shared/ui/MultiSelect';
import type { PaymentSettingsValues, ProviderKey } from '../payment-settings-form';

/** Where checkout offers a provider; none chosen means everywhere the store delivers. */
export function CountriesField({ provider, canManage }: { provider: ProviderKey; canManage: boolean }) {
  const { control } = useFormContext<PaymentSettingsValues>();
  return (
    <Controller
      control={control}
      name={`${provider}.countries`}
      render={({ field, fieldState }) => (
        <Field label="Countries" error={fieldState.error?.message} hint="Offered only to shoppers in these countries. None: everywhere.">
          {(props) => (
            <MultiSelect
              {...props}
              options={COUNTRY_OPTIONS}
              value={field.value}
              onChange={field.onChange}
              chipLabel={(option) => option.value}
              placeholder={canManage ? 'Add a country…' : field.value.length ? undefined : 'Everywhere'}
              disabled={!canManage}
            />
          )}
        </Field>
      )}
    />
  );
}
