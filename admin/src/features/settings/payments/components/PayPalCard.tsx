import type { PayPalSettingsView } from '@tillpoint/sdk';
import { Controller, useFormContext } from 'react-hook-form';
import { apiUrl } from '../../../../api/client';
import { CopyField } from '../../../../shared/ui/CopyField';
import { TextField } from '../../../../shared/ui/Field';
import { RadioGroup } from '../../../../shared/ui/RadioGroup';
import type { PaymentSettingsValues } from '../payment-settings-form';
import { ProviderCard } from './ProviderCard';
import { SecretField } from './SecretField';

const MODE_OPTIONS = [
  { value: 'sandbox', label: 'Sandbox', description: 'Test accounts; no money moves.' },
  { value: 'live', label: 'Live', description: 'Real payments.' },
] as const;

export function PayPalCard({ paypal, canManage }: { paypal: PayPalSettingsView; canManage: boolean }) {
  const { control, register, formState } = useFormContext<PaymentSettingsValues>();
  const errors = formState.errors.paypal;
  return (
    <ProviderCard
      provider="paypal"
      title="PayPal"
      description="PayPal wallets and Pay Later. The credentials are those of a REST app in the PayPal Developer Dashboard."
      canManage={canManage}
    >
      <Controller
        control={control}
        name="paypal.mode"
        render={({ field }) => (
          <RadioGroup legend="Environment" value={field.value} onChange={field.onChange} options={MODE_OPTIONS} disabled={!canManage} />
        )}
      />
      <TextField
        label="Client ID"
        autoComplete="off"
        spellCheck={false}
        className="font-mono text-[13px]"
        hint="Public: the storefront loads the PayPal buttons with it."
        error={errors?.clientId?.message}
        disabled={!canManage}
        {...register('paypal.clientId')}
      />
      <SecretField
        name="paypal.clientSecret"
        label="Client secret"
        status={paypal.clientSecret}
        placeholder="The REST app's secret"
        canManage={canManage}
      />
      <CopyField
        label="Webhook endpoint"
        value={`${apiUrl()}/webhooks/paypal`}
        hint="Add it to the REST app's webhooks, with the CHECKOUT.ORDER and PAYMENT.CAPTURE events."
      />
      <TextField
        label="Webhook ID"
        autoComplete="off"
        spellCheck={false}
        className="font-mono text-[13px]"
        hint="PayPal shows it beside the webhook; it is used to verify each notification."
        error={errors?.webhookId?.message}
        disabled={!canManage}
        {...register('paypal.webhookId')}
      />
    </ProviderCard>
  );
}
