import type { AdminOrderView, OrderReturnView } from '@tillpoint/sdk';
import { Undo2 } from 'lucide-react';
import { useState } from 'react';
import { formatDateTime } from '../../../shared/format/dates';
import { Badge } from '../../../shared/ui/Badge';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { FormSection } from '../../../shared/ui/FormSection';
import { toast } from '../../../shared/ui/toast';
import { useCan } from '../../auth/use-me';
import { allows, returnValueMinor } from '../order-actions';
import { returnStatusLabel } from '../order-labels';
import { useApproveReturn, useRejectReturn } from '../use-order-actions';
import { ReceiveReturnDialog } from './ReceiveReturnDialog';
import { RefundDialog } from './RefundDialog';

type Step = { kind: 'approve' | 'reject' | 'receive' | 'refund'; ret: OrderReturnView };

/** Each return with the step it waits for: approve or reject, receive, then refund. */
export function ReturnsCard({ order }: { order: AdminOrderView }) {
  const [step, setStep] = useState<Step | null>(null);
  const approve = useApproveReturn(order.id);
  const reject = useRejectReturn(order.id);
  const canManage = useCan('orders:manage');
  const canRefund = useCan('orders:refund') && allows(order, 'refund');
  if (order.returns.length === 0) return null;

  const titles = new Map(order.lines.map((line) => [line.id, [line.title, line.variantTitle].filter(Boolean).join(' · ')]));
  const refunded = (ret: OrderReturnView) => order.refunds.some((refund) => refund.returnId === ret.id && refund.state !== 'failed');
  const close = () => setStep(null);

  return (
    <FormSection title="Returns" flush>
      <ol aria-label="Returns" className="divide-y divide-stone-100">
        {order.returns.map((ret, index) => {
          const { label, tone } = returnStatusLabel(ret.status);
          return (
            <li key={ret.id} className="flex gap-3 px-4 py-3.5 sm:px-5">
              <span
                aria-hidden
                className="mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full bg-stone-100 text-stone-500"
              >
                <Undo2 className="size-4" />
              </span>
              <div className="min-w-0 flex-1 space-y-1.5">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-medium text-stone-900">Return {index + 1}</p>
                  <Badge tone={tone}>{label}</Badge>
                </div>
                <ul className="text-stone-700">
                  {ret.lines.map((line) => (
                    <li key={line.lineId}>
                      <span className="tabular-nums">{line.quantity} ×</span> {titles.get(line.lineId) ?? 'Removed item'}
                      {ret.status === 'received' && (
                        <span className="text-stone-500">
                          {' '}
                          — {line.restocked} back in stock{line.damaged ? `, ${line.damaged} damaged` : ''}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
                {ret.reason && <p className="text-stone-600">“{ret.reason}”</p>}
                <p className="text-xs text-stone-500">
                  Requested {formatDateTime(ret.createdAt)}
                  {ret.receivedAt && ` · received ${formatDateTime(ret.receivedAt)}`}
                </p>
                <div className="flex flex-wrap gap-2 pt-1">
                  {canManage && ret.status === 'requested' && (
                    <Button size="sm" variant="primary" onClick={() => setStep({ kind: 'approve', ret })}>
                      Approve
                    </Button>
                  )}
                  {canManage && ret.status === 'approved' && (
                    <Button size="sm" variant="primary" onClick={() => setStep({ kind: 'receive', ret })}>
                      Receive items
                    </Button>
                  )}
                  {canManage && (ret.status === 'requested' || ret.status === 'approved') && (
                    <Button size="sm" variant="danger-ghost" onClick={() => setStep({ kind: 'reject', ret })}>
                      Reject
                    </Button>
                  )}
                  {canRefund && ret.status === 'received' && !refunded(ret) && (
                    <Button size="sm" variant="primary" onClick={() => setStep({ kind: 'refund', ret })}>
                      Refund return
                    </Button>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <ConfirmDialog
        open={step?.kind === 'approve' || step?.kind === 'reject'}
        onOpenChange={(open) => !open && close()}
        title={step?.kind === 'approve' ? 'Approve return?' : 'Reject return?'}
        description={
          step?.kind === 'approve'
            ? 'The customer may send the items back. Stock and money move only once the parcel is received.'
            : 'The items stay with the customer and can be asked back again later.'
        }
        confirmLabel={step?.kind === 'approve' ? 'Approve return' : 'Reject return'}
        tone={step?.kind === 'approve' ? 'primary' : 'danger'}
        onConfirm={async () => {
          if (!step) return;
          await (step.kind === 'approve' ? approve : reject).mutateAsync(step.ret.id);
          toast.success(step.kind === 'approve' ? 'Return approved.' : 'Return rejected.');
        }}
      />
      {step?.kind === 'receive' && <ReceiveReturnDialog order={order} ret={step.ret} onOpenChange={close} />}
      {step?.kind === 'refund' && (
        <RefundDialog
          order={order}
          forReturn={{ id: step.ret.id, valueMinor: returnValueMinor(order, step.ret.lines) }}
          onOpenChange={close}
        />
      )}
    </FormSection>
  );
}
