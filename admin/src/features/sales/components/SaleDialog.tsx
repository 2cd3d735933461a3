import { zodResolver } from '@hookform/resolvers/zod';
import type { PriceListView } from '@tillpoint/sdk';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useStoreCurrency } from '../../../app/use-store-info';
import { viewerTimeZone } from '../../../shared/format/dates';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { DateTimeInput } from '../../../shared/ui/DateTimeInput';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { MoneyInput } from '../../../shared/ui/MoneyInput';
import { Select } from '../../../shared/ui/Select';
import { toast } from '../../../shared/ui/toast';
import { SALE_TARGET_LABELS, SALE_TARGETS } from '../sale-labels';
import { SALE_FIELDS, saleBody, saleSchema, saleValues, type SaleValues } from '../sale-form';
import { useCreateSale, useUpdateSale } from '../use-sales';
import { SaleTargetsField } from './SaleTargetsField';

const STATUS_OPTIONS = [
  { value: 'draft', label: 'Draft', description: 'Changes no prices until you activate it.' },
  { value: 'active', label: 'Active', description: 'Changes prices between its start and end.' },
];
const DISCOUNT_OPTIONS = [
  { value: 'percentage', label: 'Percentage off' },
  { value: 'fixed', label: 'Fixed amount off each item' },
];
const TARGET_OPTIONS = SALE_TARGETS.map((target) => ({ value: target, label: SALE_TARGET_LABELS[target] }));

/** Create a sale, or change one. Mount only while open. */
export function SaleDialog({ sale, onOpenChange }: { sale?: PriceListView; onOpenChange: (open: boolean) => void }) {
  const currency = useStoreCurrency();
  const create = useCreateSale();
  const update = useUpdateSale();
  const form = useForm<SaleValues>({ resolver: zodResolver(saleSchema), defaultValues: saleValues(sale, currency) });
  const { errors, isSubmitting } = form.formState;
  const [discountType, appliesTo, saleCurrency] = useWatch({ control: form.control, name: ['discountType', 'appliesTo', 'currency'] });

  const submit = form.handleSubmit(async (values) => {
    try {
      const body = saleBody(values);
      const saved = sale ? await update.mutateAsync({ id: sale.id, ...body }) : await create.mutateAsync(body);
      toast.success(`“${saved.name}” was ${sale ? 'saved' : 'created'}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: SALE_FIELDS, listUnplaced: true });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title={sale ? `Edit “${sale.name}”` : 'New sale'} size="lg">
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <TextField label="Name" autoComplete="off" placeholder="Winter sale" error={errors.name?.message} {...form.register('name')} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Controller
            control={form.control}
            name="discountType"
            render={({ field }) => (
              <Field label="Discount">
                {(props) => (
                  <Select
                    {...props}
                    value={field.value}
                    options={DISCOUNT_OPTIONS}
                    onValueChange={(value) => field.onChange(value === 'fixed' ? 'fixed' : 'percentage')}
                  />
                )}
              </Field>
            )}
          />
          {discountType === 'percentage' ? (
            <TextField
              label="Percent off"
              inputMode="decimal"
              autoComplete="off"
              placeholder="20"
              error={errors.percent?.message}
              {...form.register('percent')}
            />
          ) : (
            <div className="grid grid-cols-[5rem_1fr] gap-2">
              <TextField
                label="Currency"
                maxLength={3}
                className="uppercase"
                error={errors.currency?.message}
                {...form.register('currency', { setValueAs: (v: string) => v.toUpperCase() })}
              />
              <Controller
                control={form.control}
                name="amount"
                render={({ field }) => (
                  <Field label="Amount off" error={errors.amount?.message} hint={`Only ${saleCurrency} prices are reduced.`}>
                    {(props) => (
                      <MoneyInput
                        {...props}
                        currency={/^[A-Z]{3}$/.test(saleCurrency) ? saleCurrency : currency}
                        value={field.value}
                        onChange={field.onChange}
                      />
                    )}
                  </Field>
                )}
              />
            </div>
          )}
        </div>
        <Controller
          control={form.control}
          name="appliesTo"
          render={({ field }) => (
            <Field label="Applies to" error={errors.appliesTo?.message}>
              {(props) => (
                <Select
                  {...props}
                  value={field.value}
                  options={TARGET_OPTIONS}
                  onValueChange={(value) => {
                    field.onChange(SALE_TARGETS.find((target) => target === value) ?? 'all');
                    form.setValue('targetIds', []); // ids of another kind mean nothing here
                  }}
                />
              )}
            </Field>
          )}
        />
        {appliesTo !== 'all' && (
          <Controller
            control={form.control}
            name="targetIds"
            render={({ field }) => (
              <Field label={SALE_TARGET_LABELS[appliesTo]} error={errors.targetIds?.message}>
                {(props) => <SaleTargetsField {...props} appliesTo={appliesTo} value={field.value} onChange={field.onChange} />}
              </Field>
            )}
          />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          {(['startsAt', 'endsAt'] as const).map((name) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field }) => (
                <Field
                  label={name === 'startsAt' ? 'Starts (optional)' : 'Ends (optional)'}
                  error={errors[name]?.message}
                  hint={name === 'startsAt' ? `In your time zone, ${viewerTimeZone()}. Empty: now.` : 'Empty: until you end it.'}
                >
                  {(props) => <DateTimeInput {...props} value={field.value} onChange={field.onChange} />}
                </Field>
              )}
            />
          ))}
        </div>
        <Controller
          control={form.control}
          name="status"
          render={({ field }) => (
            <Field label="Status">
              {(props) => (
                <Select
                  {...props}
                  value={field.value}
                  options={STATUS_OPTIONS}
                  onValueChange={(value) => field.onChange(value === 'active' ? 'active' : 'draft')}
                />
              )}
            </Field>
          )}
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          {sale ? 'Save sale' : 'Create sale'}
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
