import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminOrderView } from '@tillpoint/sdk';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { toast } from '../../../shared/ui/toast';
import { lineQuantities, typedQuantities } from '../line-quantities';
import { chosenLines, leftToFulfil } from '../order-actions';
import { NO_TRACKING, trackingBody, trackingFields } from '../tracking';
import { useFulfilOrder } from '../use-order-actions';
import { LineQuantityTable } from './LineQuantityTable';
import { OrderActionDialog } from './OrderActionDialog';
import { StockLocationField, useLocationChoice } from './StockLocationField';
import { TrackingFields } from './TrackingFields';

/** Packs some or all of what is left into one parcel, from one stock location. Mount only while open. */
export function FulfilDialog({ order, onOpenChange }: { order: AdminOrderView; onOpenChange: (open: boolean) => void }) {
  const fulfil = useFulfilOrder(order.id);
  const locations = useLocationChoice();
  const left = useMemo(() => new Map(order.lines.map((line) => [line.id, leftToFulfil(line)])), [order.lines]);
  const schema = useMemo(
    () =>
      z.object({
        locationId: z.string(),
        quantities: lineQuantities(left, 'Choose at least one item to send'),
        ...trackingFields,
      }),
    [left],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    // Why: the checkout booked the sale where the stock was; sending from there moves nothing in the ledger.
    defaultValues: { locationId: order.stockLocationIds[0] ?? '', quantities: typedQuantities(left, 'all'), ...NO_TRACKING },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ locationId: chosen, quantities, carrier, trackingNumber, trackingUrl }) => {
    const locationId = chosen || locations.only;
    if (!locationId) return form.setError('locationId', { message: 'Choose where the items leave from' });
    try {
      await fulfil.mutateAsync({
        locationId,
        lines: chosenLines(quantities),
        ...trackingBody({ carrier, trackingNumber, trackingUrl }),
      });
      toast.success(`Order #${order.number}: items fulfilled.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, {
        fields: ['locationId', 'quantities', 'carrier', 'trackingNumber', 'trackingUrl'],
        codes: { insufficient_stock: 'quantities' },
      });
    }
  });

  return (
    <OrderActionDialog
      onOpenChange={onOpenChange}
      size="lg"
      title="Fulfil items"
      description="Choose what goes into this parcel and where it leaves from. Stock is taken from that location."
      onSubmit={submit}
      errors={errors}
      submitting={isSubmitting}
      submitLabel="Fulfil items"
    >
      <StockLocationField label="Ship from" choice={locations} control={form.control} />
      <Controller
        control={form.control}
        name="quantities"
        render={({ field, fieldState }) => (
          <LineQuantityTable
            label="Items to fulfil"
            rows={order.lines.map((line) => ({
              line,
              max: leftToFulfil(line),
              note: line.fulfilledQuantity ? `${leftToFulfil(line)} of ${line.quantity} left` : `${line.quantity} ordered`,
            }))}
            values={field.value}
            onChange={field.onChange}
            errorFor={(lineId) => errors.quantities?.[lineId]?.message}
            error={fieldState.error?.message}
          />
        )}
      />
      <TrackingFields register={form.register} errors={errors} />
    </OrderActionDialog>
  );
}
