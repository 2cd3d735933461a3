import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminOrderView } from '@tillpoint/sdk';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { formatMoney } from '../../../shared/format/money';
import { Button } from '../../../shared/ui/Button';
import { Dialog, DialogFooter } from '../../../shared/ui/Dialog';
import { Field } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { Notice } from '../../../shared/ui/Notice';
import { Textarea } from '../../../shared/ui/Textarea';
import { toast } from '../../../shared/ui/toast';
import { useCancelOrder } from '../use-order-actions';

const schema = z.object({ reason: z.string().trim().max(500, 'Use at most 500 characters') });
type CancelValues = z.infer<typeof schema>;

/** What cancelling does to the money, in the words staff need before they confirm. */
function moneyConsequence(order: AdminOrderView): string {
  if (order.refundableAmount.amount > 0) return `${formatMoney(order.refundableAmount)} is refunded to the customer.`;
  if (order.paymentStatus === 'authorized') return 'The card authorisation is voided; the customer is not charged.';
  return 'Nothing was paid, so nothing is refunded.';
}

/** Cancels the whole order. Mount only while open. */
export function CancelOrderDialog({ order, onOpenChange }: { order: AdminOrderView; onOpenChange: (open: boolean) => void }) {
  const cancel = useCancelOrder(order.id);
  const form = useForm<CancelValues>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ reason }) => {
    try {
      await cancel.mutateAsync({ reason: reason || undefined });
      toast.success(`Order #${order.number} cancelled.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['reason'] });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title={`Cancel order #${order.number}?`}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <Notice tone="warning" title="This cannot be undone">
          <ul className="list-disc space-y-0.5 pl-4">
            <li>The reserved stock goes back on the shelf.</li>
            <li>{moneyConsequence(order)}</li>
            <li>The customer gets an email that the order is cancelled.</li>
          </ul>
        </Notice>
        <Field label="Reason (optional)" error={errors.reason?.message} hint="Shown on the timeline and in the customer’s email.">
          {(control) => <Textarea {...control} rows={3} placeholder="Customer asked to cancel" {...form.register('reason')} />}
        </Field>
        <DialogFooter>
          <Button onClick={() => onOpenChange(false)}>Keep order</Button>
          <Button type="submit" variant="danger" loading={isSubmitting}>
            Cancel order
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
