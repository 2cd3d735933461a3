import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminOrderView } from '@tillpoint/sdk';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { FormError } from '../../../shared/ui/FormError';
import { toast } from '../../../shared/ui/toast';
import { lineQuantities, typedQuantities } from '../line-quantities';
import { chosenLines, leftToFulfil } from '../order-actions';
import { NO_TRACKING, trackingBody, trackingFields } from '../tracking';
import { useFulfilOrder } from '../use-order-actions';
import { LineQuantityTable } from './LineQuantityTable';
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
    <Dialog
      open
      onOpenChange={onOpenChange}
      size="lg"
      title="Fulfil items"
      description="Choose what goes into this parcel and where it leaves from. Stock is taken from that location."
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <Controller
          control={form.control}
          name="locationId"
          render={({ field }) => (
            <StockLocationField
              label="Ship from"
              choice={locations}
              value={field.value}
              onChange={field.onChange}
              error={errors.locationId?.message}
            />
          )}
        />
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
        <TrackingFields
          fields={{
            carrier: form.register('carrier'),
            trackingNumber: form.register('trackingNumber'),
            trackingUrl: form.register('trackingUrl'),
          }}
          errors={{
            carrier: errors.carrier?.message,
            trackingNumber: errors.trackingNumber?.message,
            trackingUrl: errors.trackingUrl?.message,
          }}
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          Fulfil items
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
