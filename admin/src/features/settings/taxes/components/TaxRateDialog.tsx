import { zodResolver } from '@hookform/resolvers/zod';
import { CheckboxField } from '../../../../shared/forms/CheckboxField';
import type { TaxRateView } from '@tillpoint/sdk';
import { Controller, useForm } from 'react-hook-form';
import { COUNTRY_OPTIONS } from '../../../../shared/format/countries';
import { applyProblem } from '../../../../shared/forms/apply-problem';
import { Dialog, FormDialogFooter } from '../../../../shared/ui/Dialog';
import { Field, TextField } from '../../../../shared/ui/Field';
import { FormError } from '../../../../shared/ui/FormError';
import { SearchSelect } from '../../../../shared/ui/SearchSelect';
import { Select } from '../../../../shared/ui/Select';
import { toast } from '../../../../shared/ui/toast';
import { UnitInput } from '../../../../shared/ui/UnitInput';
import { TAX_RATE_FIELDS, taxRateBody, taxRateInput, taxRateSchema, type TaxRateInput, type TaxRateOutput } from '../tax-rate-form';
import { useCreateTaxRate, useUpdateTaxRate } from '../use-taxes';

const DISPLAY_OPTIONS = [
  { value: 'country', label: 'As is usual in the country', description: 'Before tax in the US and Canada, with tax elsewhere.' },
  { value: 'inclusive', label: 'With tax included', description: 'The price shown is what the shopper pays.' },
  { value: 'exclusive', label: 'Before tax', description: 'Tax is added as a line at checkout.' },
];

/** Add a country's or a region's rate, or change one. Mount only while open. */
export function TaxRateDialog({ rate, onOpenChange }: { rate?: TaxRateView; onOpenChange: (open: boolean) => void }) {
  const create = useCreateTaxRate();
  const update = useUpdateTaxRate();
  const form = useForm<TaxRateInput, unknown, TaxRateOutput>({ resolver: zodResolver(taxRateSchema), defaultValues: taxRateInput(rate) });
  const { errors, isSubmitting } = form.formState;
  const displayOptions = rate ? DISPLAY_OPTIONS.filter((option) => option.value !== 'country') : DISPLAY_OPTIONS;

  const submit = form.handleSubmit(async (values) => {
    try {
      const body = taxRateBody(values);
      const saved = rate ? await update.mutateAsync({ id: rate.id, ...body }) : await create.mutateAsync(body);
      toast.success(`“${saved.name}” was ${rate ? 'saved' : 'added'}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: TAX_RATE_FIELDS });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title={rate ? `Edit “${rate.name}”` : 'New tax rate'}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
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
                    value={field.value}
                    onChange={field.onChange}
                    placeholder="Type a country…"
                  />
                )}
              </Field>
            )}
          />
          <TextField
            label="Region (optional)"
            autoComplete="off"
            placeholder="US-NY"
            hint="An ISO 3166-2 code or a region name. Empty: the whole country."
            error={errors.region?.message}
            {...form.register('region')}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
          <TextField label="Name" autoComplete="off" placeholder="VAT standard" error={errors.name?.message} {...form.register('name')} />
          <Field label="Rate" error={errors.percent?.message}>
            {(props) => <UnitInput {...props} inputMode="decimal" placeholder="21" unit="%" {...form.register('percent')} />}
          </Field>
        </div>
        <Controller
          control={form.control}
          name="display"
          render={({ field }) => (
            <Field label="Shoppers there see prices" error={errors.display?.message}>
              {(props) => (
                <Select
                  {...props}
                  value={field.value}
                  options={displayOptions}
                  onValueChange={(value) => field.onChange(DISPLAY_OPTIONS.find((option) => option.value === value)?.value ?? 'country')}
                />
              )}
            </Field>
          )}
        />
        <CheckboxField
          control={form.control}
          name="taxShipping"
          label="Tax shipping at this rate too"
          description="Most countries tax delivery like the goods delivered."
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          {rate ? 'Save rate' : 'Add rate'}
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
