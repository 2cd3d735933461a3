import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminOrderView, OrderReturnView } from '@tillpoint/sdk';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { toast } from '../../../shared/ui/toast';
import { lineQuantities, typedQuantities } from '../line-quantities';
import { useReceiveReturn } from '../use-order-actions';
import { LineQuantityTable } from './LineQuantityTable';
import { OrderActionDialog } from './OrderActionDialog';
import { StockLocationField, useLocationChoice } from './StockLocationField';

interface ReceiveReturnDialogProps {
  order: AdminOrderView;
  ret: OrderReturnView;
  onOpenChange: (open: boolean) => void;
}

/**
 * The parcel is back: each unit goes back into stock at a location, or is written off as damaged.
 * Staff count only the damaged ones; the rest is restocked. Mount only while open.
 */
export function ReceiveReturnDialog({ order, ret, onOpenChange }: ReceiveReturnDialogProps) {
  const receive = useReceiveReturn(order.id);
  const locations = useLocationChoice();
  const returned = useMemo(() => new Map(ret.lines.map((line) => [line.lineId, line.quantity])), [ret.lines]);
  const schema = useMemo(() => z.object({ locationId: z.string(), damaged: lineQuantities(returned, null) }), [returned]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { locationId: '', damaged: typedQuantities(returned, 'none') },
  });
  const { errors, isSubmitting } = form.formState;
  const linesById = new Map(order.lines.map((line) => [line.id, line]));

  const submit = form.handleSubmit(async ({ locationId: chosen, damaged }) => {
    const locationId = chosen || locations.only;
    if (!locationId) return form.setError('locationId', { message: 'Choose where the parcel came back' });
    const lines = ret.lines.map(({ lineId, quantity }) => ({
      lineId,
      restock: quantity - (damaged[lineId] ?? 0),
      damaged: damaged[lineId] ?? 0,
    }));
    try {
      await receive.mutateAsync({ returnId: ret.id, body: { locationId, lines } });
      toast.success(`Return received on order #${order.number}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['locationId', 'damaged'] });
    }
  });

  return (
    <OrderActionDialog
      onOpenChange={onOpenChange}
      size="lg"
      title="Receive return"
      description="Undamaged items go back into stock for sale."
      onSubmit={submit}
      errors={errors}
      submitting={isSubmitting}
      submitLabel="Receive return"
    >
      <StockLocationField label="Received at" choice={locations} control={form.control} />
      <Controller
        control={form.control}
        name="damaged"
        render={({ field }) => (
          <LineQuantityTable
            label="Returned items"
            quantityLabel="Damaged"
            rows={ret.lines.flatMap(({ lineId, quantity }) => {
              const line = linesById.get(lineId);
              return line ? [{ line, max: quantity, note: `${quantity} returned; the undamaged go back to stock` }] : [];
            })}
            values={field.value}
            onChange={field.onChange}
            errorFor={(lineId) => errors.damaged?.[lineId]?.message}
          />
        )}
      />
    </OrderActionDialog>
  );
}
