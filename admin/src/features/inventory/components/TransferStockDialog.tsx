import { zodResolver } from '@hookform/resolvers/zod';
import type { StockLevelView } from '@tillpoint/sdk';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { wholeNumber } from '../../../shared/forms/fields';
import { useIdempotencyKey } from '../../../shared/hooks/use-idempotency-key';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { Select } from '../../../shared/ui/Select';
import { toast } from '../../../shared/ui/toast';
import { useLocationList } from '../use-locations';
import { useTransferStock, useVariantLevels } from '../use-stock';

const schema = z
  .object({
    fromLocationId: z.string().min(1, 'Choose where from'),
    toLocationId: z.string().min(1, 'Choose where to'),
    quantity: wholeNumber({ min: 1, max: 1_000_000 }),
    note: z.string().trim().max(500, 'Use at most 500 characters'),
  })
  .refine((values) => values.fromLocationId !== values.toLocationId, { path: ['toLocationId'], message: 'Choose another location' });
type TransferInput = z.input<typeof schema>;
type TransferOutput = z.output<typeof schema>;

/** Moves units of one variant from one location to another. Mount only while open. */
export function TransferStockDialog({ level, onOpenChange }: { level: StockLevelView; onOpenChange: (open: boolean) => void }) {
  const transfer = useTransferStock();
  const { keyFor } = useIdempotencyKey();
  const locations = useLocationList().filter((location) => location.active);
  const levels = useVariantLevels(level.variantId).data ?? [level];
  const availableAt = (locationId: string) => levels.find((other) => other.locationId === locationId)?.available ?? 0;
  const form = useForm<TransferInput, unknown, TransferOutput>({
    resolver: zodResolver(schema),
    defaultValues: {
      fromLocationId: level.locationId,
      toLocationId: locations.find((l) => l.id !== level.locationId)?.id ?? '',
      quantity: '',
      note: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const fromLocationId = useWatch({ control: form.control, name: 'fromLocationId' });
  const options = locations.map((location) => ({
    value: location.id,
    label: location.name,
    description: `${availableAt(location.id).toLocaleString()} available`,
  }));

  const submit = form.handleSubmit(async ({ note, ...values }) => {
    const body = { variantId: level.variantId, ...values, note: note || undefined };
    try {
      await transfer.mutateAsync({ body, key: keyFor(body) });
      toast.success(`${values.quantity} × ${level.sku} transferred.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, {
        fields: ['fromLocationId', 'toLocationId', 'quantity', 'note'],
        codes: { insufficient_stock: 'quantity' },
      });
    }
  });

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title="Transfer stock"
      description={`${level.productTitle} · ${level.variantTitle} (${level.sku})`}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <div className="grid gap-4 sm:grid-cols-2">
          {(['fromLocationId', 'toLocationId'] as const).map((name) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field }) => (
                <Field label={name === 'fromLocationId' ? 'From' : 'To'} error={errors[name]?.message}>
                  {(props) => (
                    <Select
                      {...props}
                      value={field.value || undefined}
                      options={options}
                      onValueChange={field.onChange}
                      placeholder="Choose a location"
                    />
                  )}
                </Field>
              )}
            />
          ))}
        </div>
        <TextField
          label="Units"
          inputMode="numeric"
          autoComplete="off"
          className="sm:max-w-40"
          hint={`${availableAt(fromLocationId).toLocaleString()} available to move from there.`}
          error={errors.quantity?.message}
          {...form.register('quantity')}
        />
        <TextField
          label="Note (optional)"
          autoComplete="off"
          placeholder="Restock the shop floor"
          error={errors.note?.message}
          {...form.register('note')}
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          Transfer
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
