import { zodResolver } from '@hookform/resolvers/zod';
import type { PaymentSettingsView } from '@tillpoint/sdk';
import { FormProvider, useForm } from 'react-hook-form';
import { useStoreCurrency } from '../../../../app/use-store-info';
import { applyProblem } from '../../../../shared/forms/apply-problem';
import { FormError } from '../../../../shared/ui/FormError';
import { SaveBar } from '../../../../shared/ui/SaveBar';
import { toast } from '../../../../shared/ui/toast';
import {
  PAYMENT_SETTINGS_FIELDS,
  paymentSettingsBody,
  paymentSettingsSchema,
  paymentSettingsValues,
  type PaymentSettingsValues,
} from '../payment-settings-form';
import { useUpdatePaymentSettings } from '../use-payment-settings';
import { CashOnDeliveryCard } from './CashOnDeliveryCard';
import { PayPalCard } from './PayPalCard';
import { ProviderCard } from './ProviderCard';
import { StripeCard } from './StripeCard';

const FORM_ID = 'payment-settings';

/** Every provider in one form: the API replaces the whole set-up at once. */
export function PaymentSettingsForm({ settings, canManage }: { settings: PaymentSettingsView; canManage: boolean }) {
  const storeCurrency = useStoreCurrency();
  const save = useUpdatePaymentSettings();
  const form = useForm<PaymentSettingsValues>({
    resolver: zodResolver(paymentSettingsSchema),
    defaultValues: paymentSettingsValues(settings),
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const currency = settings.cashOnDelivery.maxAmount?.currency ?? storeCurrency;

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(paymentSettingsBody(values, settings, storeCurrency));
      form.reset(paymentSettingsValues(saved));
      toast.success('The payment settings were saved.');
    } catch (error) {
      applyProblem(error, form.setError, { fields: PAYMENT_SETTINGS_FIELDS, listUnplaced: true });
      // The form is long: take the person to the first field the API refused, wherever it is.
      const refused = PAYMENT_SETTINGS_FIELDS.find((name) => form.getFieldState(name).error);
      if (refused) form.setFocus(refused);
      else window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  });

  return (
    <FormProvider {...form}>
      <form id={FORM_ID} onSubmit={submit} noValidate className="max-w-3xl space-y-5">
        <FormError errors={errors} />
        <StripeCard stripe={settings.stripe} canManage={canManage} />
        <PayPalCard paypal={settings.paypal} canManage={canManage} />
        <CashOnDeliveryCard currency={currency} canManage={canManage} />
        <ProviderCard
          provider="sandbox"
          title="Test payments"
          description="A pretend provider for trying out checkout: shoppers approve or decline, and no money moves. Switch it off before the store opens."
          canManage={canManage}
        />
        {canManage && (
          <SaveBar
            visible={isDirty}
            saving={isSubmitting}
            form={FORM_ID}
            onDiscard={() => form.reset()}
            saveLabel="Save payment settings"
          />
        )}
      </form>
    </FormProvider>
  );
}
