import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminOrderView } from '@tillpoint/sdk';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { TextField } from '../../../shared/ui/Field';
import { toast } from '../../../shared/ui/toast';
import { lineQuantities, typedQuantities } from '../line-quantities';
import { chosenLines, returnableByLine } from '../order-actions';
import { useCreateReturn } from '../use-order-actions';
import { LineQuantityTable } from './LineQuantityTable';
import { OrderActionDialog } from './OrderActionDialog';

/** Records that the customer sends items back; it is approved, then received, then refunded. Mount only while open. */
export function CreateReturnDialog({ order, onOpenChange }: { order: AdminOrderView; onOpenChange: (open: boolean) => void }) {
  const create = useCreateReturn(order.id);
  const returnable = useMemo(() => returnableByLine(order), [order]);
  const schema = useMemo(
    () =>
      z.object({
        quantities: lineQuantities(returnable, 'Choose at least one item coming back'),
        reason: z.string().trim().max(500, 'Use at most 500 characters'),
      }),
    [returnable],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { quantities: typedQuantities(returnable, 'none'), reason: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ quantities, reason }) => {
    try {
      await create.mutateAsync({ lines: chosenLines(quantities), reason: reason || undefined });
      toast.success(`Return recorded on order #${order.number}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['quantities', 'reason'] });
    }
  });

  return (
    <OrderActionDialog
      onOpenChange={onOpenChange}
      size="lg"
      title="Create return"
      description="Only items that were sent can come back."
      onSubmit={submit}
      errors={errors}
      submitting={isSubmitting}
      submitLabel="Create return"
    >
      <Controller
        control={form.control}
        name="quantities"
        render={({ field, fieldState }) => (
          <LineQuantityTable
            label="Items to return"
            rows={order.lines.map((line) => ({
              line,
              max: returnable.get(line.id) ?? 0,
              note: `${returnable.get(line.id) ?? 0} of ${line.fulfilledQuantity} sent can come back`,
            }))}
            values={field.value}
            onChange={field.onChange}
            errorFor={(lineId) => errors.quantities?.[lineId]?.message}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextField
        label="Reason (optional)"
        placeholder="Too small"
        autoComplete="off"
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </OrderActionDialog>
  );
}
