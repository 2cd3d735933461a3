import { zodResolver } from '@hookform/resolvers/zod';
import { CheckboxField } from '../../../shared/forms/CheckboxField';
import type { DiscountCodeView } from '@tillpoint/sdk';
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
import { KIND_OPTIONS } from '../discount-code-labels';
import {
  DISCOUNT_CODE_FIELDS,
  discountCodeBody,
  discountCodeCurrency,
  discountCodeInput,
  discountCodeSchema,
  type DiscountCodeInput,
  type DiscountCodeOutput,
} from '../discount-code-form';
import { useCreateDiscountCode, useUpdateDiscountCode } from '../use-discount-codes';

/** Create a discount code, or change one. Mount only while open. */
export function DiscountCodeDialog({ code, onOpenChange }: { code?: DiscountCodeView; onOpenChange: (open: boolean) => void }) {
  const currency = discountCodeCurrency(code, useStoreCurrency());
  const create = useCreateDiscountCode();
  const update = useUpdateDiscountCode();
  const form = useForm<DiscountCodeInput, unknown, DiscountCodeOutput>({
    resolver: zodResolver(discountCodeSchema),
    defaultValues: discountCodeInput(code),
  });
  const { errors, isSubmitting } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });

  const submit = form.handleSubmit(async (values) => {
    try {
      const body = discountCodeBody(values, currency);
      const saved = code ? await update.mutateAsync({ id: code.id, ...body }) : await create.mutateAsync(body);
      toast.success(`${saved.code} was ${code ? 'saved' : 'created'}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: DISCOUNT_CODE_FIELDS, listUnplaced: true });
    }
  });

  const money = (name: 'amount' | 'minimumSubtotal', label: string, hint: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Field label={label} error={errors[name]?.message} hint={hint}>
          {(props) => <MoneyInput {...props} currency={currency} value={field.value} onChange={field.onChange} />}
        </Field>
      )}
    />
  );

  return (
    <Dialog open onOpenChange={onOpenChange} title={code ? `Edit ${code.code}` : 'New discount code'} size="lg">
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Code"
            autoComplete="off"
            spellCheck={false}
            placeholder="WELCOME10"
            className="font-mono uppercase"
            hint="What shoppers type; upper or lower case does not matter."
            error={errors.code?.message}
            {...form.register('code')}
          />
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Field label="Discount" error={errors.kind?.message}>
                {(props) => (
                  <Select
                    {...props}
                    value={field.value}
                    options={KIND_OPTIONS}
                    onValueChange={(value) => field.onChange(KIND_OPTIONS.find((option) => option.value === value)?.value ?? 'percentage')}
                  />
                )}
              </Field>
            )}
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {kind === 'percentage' && (
            <TextField
              label="Percent off"
              inputMode="decimal"
              autoComplete="off"
              placeholder="10"
              hint="Of the order's subtotal."
              error={errors.percent?.message}
              {...form.register('percent')}
            />
          )}
          {kind === 'fixed' && money('amount', 'Amount off', `Off the subtotal; only for orders in ${currency}.`)}
          {money('minimumSubtotal', 'Minimum subtotal (optional)', 'Before discounts. Empty: any order.')}
        </div>
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
                  hint={name === 'startsAt' ? `In your time zone, ${viewerTimeZone()}. Empty: now.` : 'Empty: no end.'}
                >
                  {(props) => <DateTimeInput {...props} value={field.value} onChange={field.onChange} />}
                </Field>
              )}
            />
          ))}
        </div>
        <TextField
          label="Usage limit (optional)"
          inputMode="numeric"
          autoComplete="off"
          placeholder="No limit"
          hint={code ? `Orders that may use it in all; ${code.usedCount} have so far.` : 'Orders that may use it in all. Empty: no limit.'}
          error={errors.usageLimit?.message}
          className="sm:max-w-48"
          {...form.register('usageLimit')}
        />
        <CheckboxField control={form.control} name="active" label="Active" description="Untick to pause the code without losing it." />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          {code ? 'Save code' : 'Create code'}
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
