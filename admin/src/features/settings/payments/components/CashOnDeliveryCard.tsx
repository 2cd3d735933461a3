import { Controller, useFormContext } from 'react-hook-form';
import { Field } from '../../../../shared/ui/Field';
import { MoneyInput } from '../../../../shared/ui/MoneyInput';
import type { PaymentSettingsValues } from '../payment-settings-form';
import { ProviderCard } from './ProviderCard';

export function CashOnDeliveryCard({ currency, canManage }: { currency: string; canManage: boolean }) {
  const { control } = useFormContext<PaymentSettingsValues>();
  return (
    <ProviderCard
      provider="cashOnDelivery"
      title="Cash on delivery"
      description="The shopper pays the courier. Record the cash on the order once it is collected."
      canManage={canManage}
    >
      <Controller
        control={control}
        name="cashOnDelivery.maxAmount"
        render={({ field, fieldState }) => (
          <Field
            label="Highest order total (optional)"
            error={fieldState.error?.message}
            hint={`Not offered above it, nor for orders in another currency than ${currency}. Empty: no limit.`}
          >
            {(props) => (
              <MoneyInput
                {...props}
                currency={currency}
                value={field.value}
                onChange={field.onChange}
                placeholder="No limit"
                disabled={!canManage}
                className="w-full sm:w-56"
              />
            )}
          </Field>
        )}
      />
    </ProviderCard>
  );
}
