import type { AdminOrderView } from '@tillpoint/sdk';
import { Ban, Ellipsis, FileText, MapPin, Package, PackageCheck, Printer, ReceiptText, Truck, Undo2, Wallet } from 'lucide-react';
import { useState } from 'react';
import { formatMoney } from '../../../shared/format/money';
import { useIdempotencyKey } from '../../../shared/hooks/use-idempotency-key';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from '../../../shared/ui/Menu';
import { toast } from '../../../shared/ui/toast';
import { can } from '../../auth/permissions';
import { useMe } from '../../auth/use-me';
import { ACTION_PERMISSION, allows, type OrderAction } from '../order-actions';
import { useCompleteOrder, useDeliverOrder, useRecordCashPayment } from '../use-order-actions';
import { CancelOrderDialog } from './CancelOrderDialog';
import { CreateReturnDialog } from './CreateReturnDialog';
import { FulfilDialog } from './FulfilDialog';
import { RefundDialog } from './RefundDialog';
import { ShipDialog } from './ShipDialog';
import { ShippingAddressDialog } from './ShippingAddressDialog';

type Open = OrderAction | 'cash';

const STEPS = [
  { action: 'fulfil', label: 'Fulfil items', icon: Package },
  { action: 'ship', label: 'Mark as shipped', icon: Truck },
  { action: 'deliver', label: 'Mark as delivered', icon: PackageCheck },
  { action: 'complete', label: 'Complete order', icon: PackageCheck },
] as const;

/** Cash on delivery is recorded once the courier has it: after shipping, before the payment is settled. */
function awaitsCash(order: AdminOrderView): boolean {
  return (
    order.paymentProvider === 'cash_on_delivery' &&
    order.paymentIds.length > 0 &&
    (order.paymentStatus === 'pending' || order.paymentStatus === 'authorized') &&
    (order.fulfilmentStatus === 'shipped' || order.fulfilmentStatus === 'delivered') &&
    order.status === 'confirmed'
  );
}

/**
 * The order's next steps, as the API's `allowedActions` and the staff member's permissions allow: the
 * steps of sending as buttons (the first one primary), the rest in a menu.
 */
export function OrderActions({ order }: { order: AdminOrderView }) {
  const me = useMe();
  const [open, setOpen] = useState<Open | null>(null);
  const offers = (action: OrderAction) => allows(order, action) && can(me, ACTION_PERMISSION[action]);
  const steps = STEPS.filter(({ action }) => offers(action));
  const cash = awaitsCash(order) && can(me, 'orders:manage');
  const close = () => setOpen(null);
  const print = (document: 'packing-slip' | 'invoice') => window.open(`/orders/${order.id}/${document}`, '_blank', 'noopener');

  return (
    <div className="flex flex-wrap items-center gap-2">
      {cash && (
        <Button variant={steps.length ? 'secondary' : 'primary'} onClick={() => setOpen('cash')}>
          <Wallet aria-hidden /> Record cash payment
        </Button>
      )}
      {offers('return') && (
        <Button onClick={() => setOpen('return')}>
          <Undo2 aria-hidden /> Return
        </Button>
      )}
      {offers('refund') && (
        <Button onClick={() => setOpen('refund')}>
          <ReceiptText aria-hidden /> Refund
        </Button>
      )}
      {steps.map(({ action, label, icon: Icon }, index) => (
        <Button key={action} variant={index === 0 ? 'primary' : 'secondary'} onClick={() => setOpen(action)}>
          <Icon aria-hidden /> {label}
        </Button>
      ))}
      <Menu>
        <MenuTrigger asChild>
          <Button size="icon" aria-label="More actions">
            <Ellipsis aria-hidden />
          </Button>
        </MenuTrigger>
        <MenuContent>
          {offers('change_address') && (
            <MenuItem icon={MapPin} onSelect={() => setOpen('change_address')}>
              Change shipping address
            </MenuItem>
          )}
          <MenuItem icon={Printer} onSelect={() => print('packing-slip')}>
            Print packing slip
          </MenuItem>
          <MenuItem icon={FileText} onSelect={() => print('invoice')}>
            Print invoice
          </MenuItem>
          {offers('cancel') && (
            <>
              <MenuSeparator />
              <MenuItem icon={Ban} tone="danger" onSelect={() => setOpen('cancel')}>
                Cancel order
              </MenuItem>
            </>
          )}
        </MenuContent>
      </Menu>

      {open === 'fulfil' && <FulfilDialog order={order} onOpenChange={close} />}
      {open === 'ship' && <ShipDialog order={order} onOpenChange={close} />}
      {(open === 'deliver' || open === 'complete') && <StepConfirm order={order} step={open} onClose={close} />}
      {open === 'cancel' && <CancelOrderDialog order={order} onOpenChange={close} />}
      {open === 'refund' && <RefundDialog order={order} onOpenChange={close} />}
      {open === 'return' && <CreateReturnDialog order={order} onOpenChange={close} />}
      {open === 'change_address' && <ShippingAddressDialog order={order} onOpenChange={close} />}
      {open === 'cash' && <CashPaymentConfirm order={order} onClose={close} />}
    </div>
  );
}

function StepConfirm({ order, step, onClose }: { order: AdminOrderView; step: 'deliver' | 'complete'; onClose: () => void }) {
  const deliver = useDeliverOrder(order.id);
  const complete = useCompleteOrder(order.id);
  const delivering = step === 'deliver';
  return (
    <ConfirmDialog
      open
      onOpenChange={(next) => !next && onClose()}
      tone="primary"
      title={delivering ? 'Mark as delivered?' : 'Complete order?'}
      description={
        delivering
          ? 'Every parcel has arrived. The customer gets an email that the order was delivered.'
          : 'The order is delivered and paid; completing it closes it. Returns and refunds stay possible.'
      }
      confirmLabel={delivering ? 'Mark as delivered' : 'Complete order'}
      onConfirm={async () => {
        await (delivering ? deliver : complete).mutateAsync();
        toast.success(delivering ? `Order #${order.number} marked as delivered.` : `Order #${order.number} completed.`);
      }}
    />
  );
}

/** Mount only while open: the Idempotency-Key lives with it, so a double click records the cash once. */
function CashPaymentConfirm({ order, onClose }: { order: AdminOrderView; onClose: () => void }) {
  const record = useRecordCashPayment(order.id);
  const { keyFor } = useIdempotencyKey();
  return (
    <ConfirmDialog
      open
      onOpenChange={(next) => !next && onClose()}
      tone="primary"
      title="Record cash payment?"
      description={`The courier collected ${formatMoney(order.total)} in cash at the door. The order is then paid.`}
      confirmLabel="Record payment"
      onConfirm={async () => {
        const input = { paymentId: order.paymentIds[0], amount: order.total };
        await record.mutateAsync({ ...input, key: keyFor(input) });
        toast.success(`Cash payment recorded on order #${order.number}.`);
      }}
    />
  );
}
