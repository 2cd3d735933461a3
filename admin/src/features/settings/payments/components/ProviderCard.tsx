import type { ReactNode } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { FormSection } from '../../../../shared/ui/FormSection';
import { Switch } from '../../../../shared/ui/Switch';
import type { PaymentSettingsValues, ProviderKey } from '../payment-settings-form';
import { CountriesField } from './CountriesField';

interface ProviderCardProps {
  provider: ProviderKey;
  title: string;
  description: ReactNode;
  canManage: boolean;
  /** The provider's own fields, above the countries every provider has. */
  children?: ReactNode;
}

/** One payment provider: whether checkout offers it, its own settings, and where. */
export function ProviderCard({ provider, title, description, canManage, children }: ProviderCardProps) {
  const { control, formState } = useFormContext<PaymentSettingsValues>();
  const enabledError = formState.errors[provider]?.enabled?.message;
  return (
    <FormSection
      title={title}
      description={description}
      actions={
        <Controller
          control={control}
          name={`${provider}.enabled`}
          render={({ field }) => (
            <span className="flex items-center gap-2 text-[13px] font-medium text-stone-700">
              {field.value ? 'Offered at checkout' : 'Off'}
              <Switch checked={field.value} onCheckedChange={field.onChange} label={`Offer ${title} at checkout`} disabled={!canManage} />
            </span>
          )}
        />
      }
    >
      {enabledError && <p className="text-xs font-medium text-red-700">{enabledError}</p>}
      {children}
      <CountriesField provider={provider} canManage={canManage} />
    </FormSection>
  );
}
