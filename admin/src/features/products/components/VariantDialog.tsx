import { zodResolver } from '@hookform/resolvers/zod';
import { CheckboxField } from '../../../shared/forms/CheckboxField';
import type { AdminVariantView, CreateVariantDto, OptionView } from '@tillpoint/sdk';
import { useMemo } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { useStoreCurrency } from '../../../app/use-store-info';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { Select } from '../../../shared/ui/Select';
import { FieldGroup } from '../../../shared/ui/FieldGroup';
import { VARIANT_FIELDS, variantBody, variantSchema, variantValues, type VariantInput, type VariantOutput } from '../variant-form';
import { VariantPriceRows } from './VariantPriceRows';

interface VariantDialogProps {
  /** The variant to edit; none to add one. Mount the dialog only while open. */
  variant?: AdminVariantView;
  options: readonly OptionView[];
  onOpenChange: (open: boolean) => void;
  /** Saves it (through the API, or into a new product's list); a rejection is shown in the form. */
  onSave: (body: CreateVariantDto) => Promise<unknown>;
}

export function VariantDialog({ variant, options, onOpenChange, onSave }: VariantDialogProps) {
  const currency = useStoreCurrency();
  const schema = useMemo(() => variantSchema(options), [options]);
  const form = useForm<VariantInput, unknown, VariantOutput>({
    resolver: zodResolver(schema),
    defaultValues: variantValues(variant, currency),
  });
  const { errors, isSubmitting } = form.formState;
  const [trackInventory, allowBackorder] = useWatch({ control: form.control, name: ['trackInventory', 'allowBackorder'] });

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSave(variantBody(values));
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: VARIANT_FIELDS, codes: { sku_taken: 'sku' } });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title={variant ? `Edit ${variant.title}` : 'Add variant'} size="lg">
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate className="space-y-5">
          <FormError errors={errors} />
          {options.length > 0 && (
            <div className="grid gap-3 sm:grid-cols-3">
              {options.map((option) => (
                <Controller
                  key={option.name}
                  control={form.control}
                  name={`options.${option.name}`}
                  render={({ field, fieldState }) => (
                    <Field label={option.name} error={fieldState.error?.message}>
                      {(props) => (
                        <Select
                          {...props}
                          value={field.value}
                          onValueChange={field.onChange}
                          options={option.values.map((value) => ({ value, label: value }))}
                        />
                      )}
                    </Field>
                  )}
                />
              ))}
            </div>
          )}
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label="SKU"
              autoComplete="off"
              spellCheck={false}
              className="font-mono text-[13px]"
              error={errors.sku?.message}
              {...form.register('sku')}
            />
            <TextField
              label="Barcode (optional)"
              autoComplete="off"
              inputMode="numeric"
              error={errors.barcode?.message}
              {...form.register('barcode')}
            />
          </div>
          <VariantPriceRows defaultCurrency={currency} />
          <FieldGroup legend="Shipping" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <TextField
              label="Weight (g)"
              inputMode="numeric"
              autoComplete="off"
              error={errors.weightGrams?.message}
              {...form.register('weightGrams')}
            />
            <TextField
              label="Length (mm)"
              inputMode="numeric"
              autoComplete="off"
              error={errors.lengthMm?.message}
              {...form.register('lengthMm')}
            />
            <TextField
              label="Width (mm)"
              inputMode="numeric"
              autoComplete="off"
              error={errors.widthMm?.message}
              {...form.register('widthMm')}
            />
            <TextField
              label="Height (mm)"
              inputMode="numeric"
              autoComplete="off"
              error={errors.heightMm?.message}
              {...form.register('heightMm')}
            />
          </FieldGroup>
          <FieldGroup legend="Inventory">
            <CheckboxField
              control={form.control}
              name="trackInventory"
              label="Track stock"
              description="When off, it is always available."
            />
            {trackInventory && (
              <TextField
                label="Low stock at"
                inputMode="numeric"
                autoComplete="off"
                className="max-w-32"
                hint="At or below this, shoppers see “only N left”."
                error={errors.lowStockThreshold?.message}
                {...form.register('lowStockThreshold')}
              />
            )}
            <CheckboxField
              control={form.control}
              name="allowBackorder"
              label="Allow backorders"
              description="Keep selling when it is out of stock."
            />
            {allowBackorder && (
              <TextField
                label="Expected back in stock (optional)"
                type="date"
                className="max-w-48"
                error={errors.backorderExpectedAt?.message}
                {...form.register('backorderExpectedAt')}
              />
            )}
          </FieldGroup>
          <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
            {variant ? 'Save variant' : 'Add variant'}
          </FormDialogFooter>
        </form>
      </FormProvider>
    </Dialog>
  );
}
