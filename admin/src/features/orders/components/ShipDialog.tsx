import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminOrderView } from '@tillpoint/sdk';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { toast } from '../../../shared/ui/toast';
import { NO_TRACKING, trackingBody, trackingFields } from '../tracking';
import { useShipOrder } from '../use-order-actions';
import { OrderActionDialog } from './OrderActionDialog';
import { TrackingFields } from './TrackingFields';

const schema = z.object(trackingFields);

/** The parcels leave the building; tracking given here fills in parcels that have none. Mount only while open. */
export function ShipDialog({ order, onOpenChange }: { order: AdminOrderView; onOpenChange: (open: boolean) => void }) {
  const ship = useShipOrder(order.id);
  const waiting = order.fulfillments.filter((parcel) => !parcel.shippedAt);
  const untracked = waiting.filter((parcel) => !parcel.trackingNumber && !parcel.trackingUrl).length;
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: NO_TRACKING,
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      await ship.mutateAsync(trackingBody(values));
      toast.success(`Order #${order.number} marked as shipped.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['carrier', 'trackingNumber', 'trackingUrl'] });
    }
  });

  const parcels = waiting.length === 1 ? 'The parcel is' : `${waiting.length || 'The'} parcels are`;
  return (
    <OrderActionDialog
      onOpenChange={onOpenChange}
      title="Mark as shipped"
      description={`${parcels} on the way. The customer gets an email with the tracking details.`}
      onSubmit={submit}
      errors={errors}
      submitting={isSubmitting}
      submitLabel="Mark as shipped"
    >
      {untracked > 0 || waiting.length === 0 ? (
        <TrackingFields register={form.register} errors={errors} />
      ) : (
        <p className="text-stone-600">Every parcel already has its tracking.</p>
      )}
    </OrderActionDialog>
  );
}
