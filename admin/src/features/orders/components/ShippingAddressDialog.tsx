import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminOrderView } from '@tillpoint/sdk';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { COUNTRY_OPTIONS } from '../../../shared/format/countries';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Field, TextField } from '../../../shared/ui/Field';
import { SearchSelect } from '../../../shared/ui/SearchSelect';
import { toast } from '../../../shared/ui/toast';
import { useChangeShippingAddress } from '../use-order-actions';
import { OrderActionDialog } from './OrderActionDialog';

const text = (max: number, required?: string) => {
  const base = z.string().trim().max(max, `Use at most ${max} characters`);
  return required ? base.min(1, required) : base;
};

// The API's PostalAddressDto; it also checks postcodes per country and stays the judge.
const schema = z.object({
  firstName: text(100, 'Enter a first name'),
  lastName: text(100, 'Enter a last name'),
  company: text(100),
  line1: text(200, 'Enter the street and number'),
  line2: text(200),
  postcode: text(12, 'Enter a postcode'),
  city: text(100, 'Enter a city'),
  region: text(100),
  country: z.string().length(2, 'Choose a country'),
  phone: text(30),
});
type AddressValues = z.infer<typeof schema>;
const FIELDS = Object.keys(schema.shape) as (keyof AddressValues)[];

/** Where the order goes, corrected before anything is packed. Mount only while open. */
export function ShippingAddressDialog({ order, onOpenChange }: { order: AdminOrderView; onOpenChange: (open: boolean) => void }) {
  const change = useChangeShippingAddress(order.id);
  const current = order.shippingAddress;
  const form = useForm<AddressValues>({
    resolver: zodResolver(schema),
    defaultValues: Object.fromEntries(FIELDS.map((field) => [field, current[field] ?? ''])) as AddressValues,
  });
  const { errors, isSubmitting } = form.formState;
  const field = (name: keyof AddressValues) => ({ error: errors[name]?.message, ...form.register(name) });

  const submit = form.handleSubmit(async (values) => {
    // Optional parts left empty are left out, as the API takes them.
    const body = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as AddressValues;
    try {
      await change.mutateAsync(body);
      toast.success(`Shipping address of order #${order.number} changed.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: FIELDS });
    }
  });

  return (
    <OrderActionDialog
      onOpenChange={onOpenChange}
      size="lg"
      title="Change shipping address"
      description="Possible until the first item is fulfilled. The change is kept on the timeline."
      onSubmit={submit}
      errors={errors}
      submitting={isSubmitting}
      submitLabel="Save address"
      formClassName="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="First name" autoComplete="off" {...field('firstName')} />
        <TextField label="Last name" autoComplete="off" {...field('lastName')} />
      </div>
      <TextField label="Company (optional)" autoComplete="off" {...field('company')} />
      <TextField label="Street and number" autoComplete="off" {...field('line1')} />
      <TextField label="Apartment, suite (optional)" autoComplete="off" {...field('line2')} />
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <TextField label="Postcode" autoComplete="off" {...field('postcode')} />
        <TextField label="City" autoComplete="off" {...field('city')} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Controller
          control={form.control}
          name="country"
          render={({ field: country }) => (
            <Field label="Country" error={errors.country?.message}>
              {(control) => (
                <SearchSelect
                  {...control}
                  options={COUNTRY_OPTIONS}
                  value={country.value}
                  onChange={country.onChange}
                  placeholder="Type a country…"
                />
              )}
            </Field>
          )}
        />
        <TextField label="Region (optional)" autoComplete="off" {...field('region')} />
      </div>
      <TextField label="Phone (optional)" type="tel" autoComplete="off" {...field('phone')} />
    </OrderActionDialog>
  );
}
