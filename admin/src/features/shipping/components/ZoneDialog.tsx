import { zodResolver } from '@hookform/resolvers/zod';
import type { ShippingZoneView } from '@tillpoint/sdk';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { COUNTRY_OPTIONS } from '../../../shared/format/countries';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { wholeNumber } from '../../../shared/forms/fields';
import { ChipsInput } from '../../../shared/ui/ChipsInput';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { MultiSelect } from '../../../shared/ui/MultiSelect';
import { toast } from '../../../shared/ui/toast';
import { useCreateZone, useUpdateZone } from '../use-shipping';

const schema = z.object({
  name: z.string().trim().min(1, 'Name the zone').max(100, 'Use at most 100 characters'),
  countries: z.array(z.string()).min(1, 'Choose at least one country').max(250),
  regions: z.array(z.string().max(100)).max(200, 'Use at most 200 regions'),
  postcodePatterns: z.array(z.string().max(40)).max(500, 'Use at most 500 patterns'),
  position: wholeNumber({ max: 100_000 }),
});
type ZoneInput = z.input<typeof schema>;
type ZoneOutput = z.output<typeof schema>;

/** Where a set of methods applies: countries, optionally narrowed to regions or postcodes. Mount only while open. */
export function ZoneDialog({ zone, onOpenChange }: { zone?: ShippingZoneView; onOpenChange: (open: boolean) => void }) {
  const create = useCreateZone();
  const update = useUpdateZone();
  const form = useForm<ZoneInput, unknown, ZoneOutput>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: zone?.name ?? '',
      countries: zone?.countries ?? [],
      regions: zone?.regions ?? [],
      postcodePatterns: zone?.postcodePatterns ?? [],
      position: String(zone?.position ?? 0),
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = zone ? await update.mutateAsync({ id: zone.id, ...values }) : await create.mutateAsync(values);
      toast.success(`“${saved.name}” was ${zone ? 'saved' : 'created'}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['name', 'countries', 'regions', 'postcodePatterns', 'position'] });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title={zone ? `Edit “${zone.name}”` : 'New shipping zone'} size="lg">
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <div className="grid gap-4 sm:grid-cols-[1fr_7rem]">
          <TextField label="Name" autoComplete="off" placeholder="European Union" error={errors.name?.message} {...form.register('name')} />
          <TextField
            label="Position"
            inputMode="numeric"
            hint="Lower wins a tie."
            error={errors.position?.message}
            {...form.register('position')}
          />
        </div>
        <Controller
          control={form.control}
          name="countries"
          render={({ field }) => (
            <Field label="Countries" error={errors.countries?.message}>
              {(props) => (
                <MultiSelect
                  {...props}
                  options={COUNTRY_OPTIONS}
                  value={field.value}
                  onChange={field.onChange}
                  placeholder="Type a country name or code…"
                />
              )}
            </Field>
          )}
        />
        <Controller
          control={form.control}
          name="regions"
          render={({ field }) => (
            <Field
              label="Regions (optional)"
              error={errors.regions?.message}
              hint="ISO 3166-2 codes such as NL-NH, or region names. None: the whole of each country."
            >
              {(props) => <ChipsInput {...props} value={field.value} onChange={field.onChange} placeholder="NL-NH, NL-ZH" />}
            </Field>
          )}
        />
        <Controller
          control={form.control}
          name="postcodePatterns"
          render={({ field }) => (
            <Field
              label="Postcodes (optional)"
              error={errors.postcodePatterns?.message}
              hint="A range (1000-1099), a prefix (75*) or an exact postcode. None: every postcode."
            >
              {(props) => <ChipsInput {...props} value={field.value} onChange={field.onChange} placeholder="1000-1099, 75*" />}
            </Field>
          )}
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          {zone ? 'Save zone' : 'Create zone'}
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
