import { zodResolver } from '@hookform/resolvers/zod';
import { CheckboxField } from '../../../shared/forms/CheckboxField';
import type { StockLocationView } from '@tillpoint/sdk';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { COUNTRY_OPTIONS } from '../../../shared/format/countries';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { optionalText } from '../../../shared/forms/fields';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { SearchSelect } from '../../../shared/ui/SearchSelect';
import { toast } from '../../../shared/ui/toast';
import { useCreateLocation, useUpdateLocation } from '../use-locations';

const schema = z.object({
  name: z.string().trim().min(1, 'Name the location').max(120, 'Use at most 120 characters'),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,20}$/, 'Use 2-20 capital letters, digits or dashes, such as WH-NL'),
  country: z.string().regex(/^[A-Z]{2}$/, 'Choose a country'),
  region: optionalText(100),
  city: z.string().trim().max(100, 'Use at most 100 characters'),
  postcode: z.string().trim().max(20, 'Use at most 20 characters'),
  addressLine: z.string().trim().max(200, 'Use at most 200 characters'),
  pickupEnabled: z.boolean(),
  active: z.boolean(),
});
type LocationInput = z.input<typeof schema>;
type LocationOutput = z.output<typeof schema>;
const FIELDS = ['name', 'code', 'country', 'region', 'city', 'postcode', 'addressLine', 'pickupEnabled', 'active'] as const;

/** Create a stock location, or edit one. Mount only while open. */
export function LocationDialog({ location, onOpenChange }: { location?: StockLocationView; onOpenChange: (open: boolean) => void }) {
  const create = useCreateLocation();
  const update = useUpdateLocation();
  const form = useForm<LocationInput, unknown, LocationOutput>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: location?.name ?? '',
      code: location?.code ?? '',
      country: location?.country ?? '',
      region: location?.region ?? '',
      city: location?.city ?? '',
      postcode: location?.postcode ?? '',
      addressLine: location?.addressLine ?? '',
      pickupEnabled: location?.pickupEnabled ?? false,
      active: location?.active ?? true,
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ active, ...values }) => {
    try {
      const saved = location ? await update.mutateAsync({ id: location.id, ...values, active }) : await create.mutateAsync(values);
      toast.success(`“${saved.name}” was ${location ? 'saved' : 'created'}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: FIELDS, codes: { location_code_taken: 'code' } });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title={location ? `Edit “${location.name}”` : 'New stock location'} size="lg">
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
          <TextField
            label="Name"
            autoComplete="off"
            placeholder="Rotterdam warehouse"
            error={errors.name?.message}
            {...form.register('name')}
          />
          <TextField
            label="Code"
            autoComplete="off"
            placeholder="WH-NL"
            className="font-mono uppercase"
            error={errors.code?.message}
            {...form.register('code')}
          />
        </div>
        <TextField
          label="Address"
          autoComplete="off"
          placeholder="Havenweg 12"
          error={errors.addressLine?.message}
          {...form.register('addressLine')}
        />
        <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
          <TextField label="Postcode" autoComplete="off" error={errors.postcode?.message} {...form.register('postcode')} />
          <TextField label="City" autoComplete="off" error={errors.city?.message} {...form.register('city')} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Controller
            control={form.control}
            name="country"
            render={({ field }) => (
              <Field label="Country" error={errors.country?.message}>
                {(props) => (
                  <SearchSelect
                    {...props}
                    options={COUNTRY_OPTIONS}
                    value={field.value || null}
                    onChange={field.onChange}
                    placeholder="Search countries…"
                  />
                )}
              </Field>
            )}
          />
          <TextField
            label="Region (optional)"
            autoComplete="off"
            placeholder="NL-ZH"
            error={errors.region?.message}
            {...form.register('region')}
          />
        </div>
        <CheckboxField control={form.control} name="pickupEnabled" label="Pickup point" description="Shoppers may collect orders here." />
        {location && (
          <CheckboxField
            control={form.control}
            name="active"
            label="Active"
            description="An inactive location keeps its stock and history, but counts for no shopper."
          />
        )}
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          {location ? 'Save location' : 'Create location'}
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
