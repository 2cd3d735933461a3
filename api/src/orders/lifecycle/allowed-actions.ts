import type { ORDER_ACTIONS } from '../dto/admin-order.dto';
import type { OrderRow } from '../order-queries.service';
import { allowedCommands, type CommandKind, type FulfilmentStatus, type OrderStatus, type PaymentStatus } from '../order-state';
import { addressRefusal } from './order-edits.service';

type OrderAction = (typeof ORDER_ACTIONS)[number];

/** Staff commands by their button; the payment commands are the provider's and the courier's, not buttons here. */
const ACTION_OF: Partial<Record<CommandKind, OrderAction>> = {
  fulfil: 'fulfil',
  ship: 'ship',
  deliver: 'deliver',
  complete: 'complete',
  cancel: 'cancel',
  refund: 'refund',
  return_received: 'return',
};

/** What staff may do next with the order, as the state machine decides (amounts and quantities still checked on the way). */
export function allowedActions(row: OrderRow): OrderAction[] {
  const commands = allowedCommands({
    status: row.status as OrderStatus,
    payment: row.payment_status as PaymentStatus,
    fulfilment: row.fulfilment_status as FulfilmentStatus,
    cashOnDelivery: row.payment_provider === 'cash_on_delivery',
    totalMinor: Number(row.total),
    paidMinor: Number(row.paid_amount),
    refundedMinor: Number(row.refunded_amount),
    lines: (row.lines ?? []).map((l) => ({
      lineId: l.id,
      ordered: l.quantity,
      fulfilled: l.fulfilled_quantity,
      returned: l.returned_quantity,
    })),
  });
  const actions = commands.flatMap((kind) => (ACTION_OF[kind] ? [ACTION_OF[kind]] : []));
  return addressRefusal(row.status, row.fulfilment_status) ? actions : [...actions, 'change_address'];
}
