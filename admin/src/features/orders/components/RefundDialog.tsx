import { zodResolver } from '@hookform/resolvers/zod';
import type { AdminOrderView } from '@tillpoint/sdk';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { moneyAmount } from '../../../shared/forms/fields';
import { formatMoney } from '../../../shared/format/money';
import { useIdempotencyKey } from '../../../shared/hooks/use-idempotency-key';
import { Button } from '../../../shared/ui/Button';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { MoneyInput } from '../../../shared/ui/MoneyInput';
import { toast } from '../../../shared/ui/toast';
import { useRefundOrder } from '../use-order-actions';

interface RefundDialogProps {
  order: AdminOrderView;
  /** The received return this refund pays back, with what its items cost. */
  forReturn?: { id: string; valueMinor: number };
  onOpenChange: (open: boolean) => void;
}

/**
 * Sends money back through the payment provider, at most what is left to refund. Mount only while
 * open: the Idempotency-Key lives with the dialog, so a double click or a retry refunds once.
 */
export function RefundDialog({ order, forReturn, onOpenChange }: RefundDialogProps) {
  const refund = useRefundOrder(order.id);
  const { keyFor } = useIdempotencyKey();
  const refundable = order.refundableAmount;
  const schema = z.object({
    amount: moneyAmount('Enter the amount to refund')
      .refine((amount) => amount > 0, 'Refund more than 0')
      .refine((amount) => amount <= refundable.amount, `At most ${formatMoney(refundable)} can be refunded`),
    reason: z.string().trim().max(500, 'Use at most 500 characters'),
  });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { amount: forReturn ? forReturn.valueMinor : refundable.amount, reason: forReturn ? 'Returned items' : '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ amount, reason }) => {
    const body = { amount, reason: reason || undefined, returnId: forReturn?.id };
    try {
      await refund.mutateAsync({ body, key: keyFor(body) });
      toast.success(`${formatMoney({ amount, currency: refundable.currency })} refunded on order #${order.number}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['amount', 'reason'] });
    }
  });

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title={forReturn ? 'Refund returned items' : 'Refund'}
      description={`Paid ${formatMoney(order.paidAmount)}, refunded so far ${formatMoney(order.refundedAmount)}. The money goes back the way it was paid.`}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <Controller
          control={form.control}
          name="amount"
          render={({ field }) => (
            <Field
              label="Amount"
              error={errors.amount?.message}
              hint={
                <span className="flex items-center justify-between gap-2">
                  <span>Up to {formatMoney(refundable)}</span>
                  {field.value !== refundable.amount && (
                    <Button size="sm" variant="ghost" className="-my-1 h-6 px-1.5" onClick={() => field.onChange(refundable.amount)}>
                      Refund all
                    </Button>
                  )}
                </span>
              }
            >
              {(control) => <MoneyInput {...control} currency={refundable.currency} value={field.value} onChange={field.onChange} />}
            </Field>
          )}
        />
        <TextField
          label="Reason (optional)"
          placeholder="Damaged in transit"
          autoComplete="off"
          error={errors.reason?.message}
          {...form.register('reason')}
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          Refund
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
