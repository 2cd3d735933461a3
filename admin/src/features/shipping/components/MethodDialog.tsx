import { zodResolver } from '@hookform/resolvers/zod';
import { CheckboxField } from '../../../shared/forms/CheckboxField';
import type { ShippingMethodView, ShippingZoneView } from '@tillpoint/sdk';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useStoreCurrency } from '../../../app/use-store-info';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { MoneyInput } from '../../../shared/ui/MoneyInput';
import { Select } from '../../../shared/ui/Select';
import { toast } from '../../../shared/ui/toast';
import { FieldGroup } from '../../../shared/ui/FieldGroup';
import { useLocationList } from '../../inventory/use-locations';
import { METHOD_FIELDS, methodBody, methodSchema, methodValues, type MethodInput, type MethodOutput } from '../method-form';
import { METHOD_KIND, METHOD_KINDS } from '../shipping-labels';
import { useCreateMethod, useUpdateMethod } from '../use-shipping';
import { WeightBracketsEditor } from './WeightBracketsEditor';

const KIND_OPTIONS = METHOD_KINDS.map((kind) => ({
  value: kind,
  label: METHOD_KIND[kind].label,
  description: METHOD_KIND[kind].description,
}));
const RATE_OPTIONS = [
  { value: 'flat', label: 'Flat rate', description: 'One price for any parcel.' },
  { value: 'weight', label: 'By weight', description: 'A price per weight bracket.' },
];

/** A way to deliver in one zone: its kind, price and timing. Mount only while open. */
export function MethodDialog({
  zone,
  method,
  onOpenChange,
}: {
  zone: ShippingZoneView;
  method?: ShippingMethodView;
  onOpenChange: (open: boolean) => void;
}) {
  const storeCurrency = useStoreCurrency();
  const create = useCreateMethod();
  const update = useUpdateMethod();
  const pickupLocations = useLocationList().filter((location) => location.pickupEnabled && location.active);
  const form = useForm<MethodInput, unknown, MethodOutput>({
    resolver: zodResolver(methodSchema),
    defaultValues: methodValues(method, storeCurrency),
  });
  const { errors, isSubmitting } = form.formState;
  const [kind, rateType, typedCurrency] = useWatch({ control: form.control, name: ['kind', 'rateType', 'currency'] });
  const currency = /^[A-Z]{3}$/.test(typedCurrency) ? typedCurrency : storeCurrency;

  const submit = form.handleSubmit(async (values) => {
    try {
      const body = methodBody(values, zone.id);
      const saved = method ? await update.mutateAsync({ id: method.id, ...body }) : await create.mutateAsync(body);
      toast.success(`“${saved.name}” was ${method ? 'saved' : 'added'}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: METHOD_FIELDS, listUnplaced: true });
    }
  });

  const money = (name: 'flatAmount' | 'freeOverAmount', label: string, hint?: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Field label={label} error={errors[name]?.message} hint={hint}>
          {(props) => (
            <MoneyInput
              {...props}
              currency={currency}
              placeholder={name === 'freeOverAmount' ? 'Never free' : '0.00'}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        </Field>
      )}
    />
  );

  return (
    <Dialog open onOpenChange={onOpenChange} title={method ? `Edit “${method.name}”` : `New method in ${zone.name}`} size="lg">
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormError errors={errors} />
          <div className="grid gap-4 sm:grid-cols-[1fr_11rem]">
            <TextField
              label="Name"
              autoComplete="off"
              placeholder="Standard delivery"
              error={errors.name?.message}
              {...form.register('name')}
            />
            <Controller
              control={form.control}
              name="kind"
              render={({ field }) => (
                <Field label="Kind" error={errors.kind?.message}>
                  {(props) => (
                    <Select
                      {...props}
                      value={field.value}
                      options={KIND_OPTIONS}
                      onValueChange={(value) => field.onChange(METHOD_KINDS.find((k) => k === value) ?? field.value)}
                    />
                  )}
                </Field>
              )}
            />
          </div>
          {kind === 'pickup' && (
            <Controller
              control={form.control}
              name="pickupLocationId"
              render={({ field }) => (
                <Field
                  label="Pickup location"
                  error={errors.pickupLocationId?.message}
                  hint={
                    pickupLocations.length === 0
                      ? 'No active location offers pickup yet: enable it under Inventory › Locations.'
                      : undefined
                  }
                >
                  {(props) => (
                    <Select
                      {...props}
                      value={field.value ?? undefined}
                      placeholder="Choose a location"
                      options={pickupLocations.map((l) => ({ value: l.id, label: l.name, description: l.city }))}
                      onValueChange={field.onChange}
                    />
                  )}
                </Field>
              )}
            />
          )}
          <div className="grid gap-4 sm:grid-cols-[6rem_1fr]">
            <TextField
              label="Currency"
              maxLength={3}
              className="uppercase"
              error={errors.currency?.message}
              {...form.register('currency', { setValueAs: (v: string) => v.toUpperCase() })}
            />
            <Controller
              control={form.control}
              name="rateType"
              render={({ field }) => (
                <Field label="Rate">
                  {(props) => (
                    <Select
                      {...props}
                      value={field.value}
                      options={RATE_OPTIONS}
                      onValueChange={(value) => field.onChange(value === 'weight' ? 'weight' : 'flat')}
                    />
                  )}
                </Field>
              )}
            />
          </div>
          {rateType === 'flat' ? money('flatAmount', 'Price') : <WeightBracketsEditor currency={currency} />}
          {money('freeOverAmount', 'Free from an order of (optional)', 'Orders with at least this subtotal ship free.')}
          <FieldGroup legend="Timing, in working days" className="grid grid-cols-2 gap-4 sm:grid-cols-4">
            <TextField label="Handling" inputMode="numeric" error={errors.handlingDays?.message} {...form.register('handlingDays')} />
            {kind !== 'pickup' && (
              <TextField
                label="Transit, fastest"
                inputMode="numeric"
                error={errors.transitDaysMin?.message}
                {...form.register('transitDaysMin')}
              />
            )}
            {kind !== 'pickup' && (
              <TextField
                label="Transit, slowest"
                inputMode="numeric"
                error={errors.transitDaysMax?.message}
                {...form.register('transitDaysMax')}
              />
            )}
            <TextField label="Order by" type="time" error={errors.cutoffTime?.message} {...form.register('cutoffTime')} />
          </FieldGroup>
          <div className="flex flex-wrap items-end justify-between gap-4">
            <CheckboxField
              control={form.control}
              name="active"
              label="Offered to shoppers"
              description="An inactive method is kept but not offered."
            />
            <TextField
              label="Position"
              inputMode="numeric"
              className="max-w-24"
              error={errors.position?.message}
              {...form.register('position')}
            />
          </div>
          <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
            {method ? 'Save method' : 'Add method'}
          </FormDialogFooter>
        </form>
      </FormProvider>
    </Dialog>
  );
}
