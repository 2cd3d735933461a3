import type { StripeSettingsView } from '@tillpoint/sdk';
import { Controller, useFormContext } from 'react-hook-form';
import { apiUrl } from '../../../../api/client';
import { CopyField } from '../../../../shared/ui/CopyField';
import { TextField } from '../../../../shared/ui/Field';
import { RadioGroup } from '../../../../shared/ui/RadioGroup';
import type { PaymentSettingsValues } from '../payment-settings-form';
import { ProviderCard } from './ProviderCard';
import { SecretField } from './SecretField';

const CAPTURE_OPTIONS = [
  { value: 'automatic', label: 'Charge at once', description: 'The card is charged when the shopper pays.' },
  { value: 'manual', label: 'Authorise, capture later', description: 'The amount is held at checkout; capture it within 7 days.' },
] as const;

export function StripeCard({ stripe, canManage }: { stripe: StripeSettingsView; canManage: boolean }) {
  const { control, register, formState } = useFormContext<PaymentSettingsValues>();
  const errors = formState.errors.stripe;
  return (
    <ProviderCard
      provider="stripe"
      title="Stripe"
      description="Cards, Apple Pay, Google Pay and local methods. The keys are in the Stripe Dashboard under Developers › API keys."
      canManage={canManage}
    >
      <TextField
        label="Publishable key"
        autoComplete="off"
        spellCheck={false}
        placeholder="pk_test_…"
        className="font-mono text-[13px]"
        hint="Public: the storefront loads Stripe with it."
        error={errors?.publishableKey?.message}
        disabled={!canManage}
        {...register('stripe.publishableKey')}
      />
      <SecretField
        name="stripe.secretKey"
        label="Secret key"
        status={stripe.secretKey}
        placeholder="sk_test_… or rk_test_…"
        hint="Of the same mode (test or live) as the publishable key."
        canManage={canManage}
      />
      <Controller
        control={control}
        name="stripe.captureMethod"
        render={({ field }) => (
          <RadioGroup
            legend="When to charge"
            value={field.value}
            onChange={field.onChange}
            options={CAPTURE_OPTIONS}
            disabled={!canManage}
          />
        )}
      />
      <CopyField
        label="Webhook endpoint"
        value={`${apiUrl()}/webhooks/stripe`}
        hint="Add it in Stripe under Developers › Webhooks, with the payment_intent events and charge.refunded."
      />
      <SecretField
        name="stripe.webhookSecret"
        label="Webhook signing secret"
        status={stripe.webhookSecret}
        placeholder="whsec_…"
        hint="Shown by Stripe on the endpoint's page; it proves that a notification comes from Stripe."
        canManage={canManage}
      />
    </ProviderCard>
  );
}
