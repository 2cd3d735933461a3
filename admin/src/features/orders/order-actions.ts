import type { AdminOrderView, OrderLineView, Permission } from '@tillpoint/sdk';

/** What the API may offer in `allowedActions`; it alone decides, this admin only shows the way in. */
export type OrderAction = 'fulfil' | 'ship' | 'deliver' | 'complete' | 'cancel' | 'refund' | 'return' | 'change_address';

/** The permission each action's route asks for, so a role never sees a button the API would refuse. */
export const ACTION_PERMISSION: Record<OrderAction, Permission> = {
  fulfil: 'orders:fulfil',
  ship: 'orders:fulfil',
  deliver: 'orders:fulfil',
  complete: 'orders:manage',
  cancel: 'orders:manage',
  refund: 'orders:refund',
  return: 'orders:manage',
  change_address: 'orders:manage',
};

export function allows(order: AdminOrderView, action: OrderAction): boolean {
  return order.allowedActions.includes(action);
}

/** Units of a line still to pack. */
export function leftToFulfil(line: OrderLineView): number {
  return Math.max(0, line.quantity - line.fulfilledQuantity);
}

/** Units of each line that a new return may take back: sent, not returned, and not already in an open return. */
export function returnableByLine(order: AdminOrderView): Map<string, number> {
  const pending = new Map<string, number>();
  for (const open of order.returns.filter((ret) => ret.status === 'requested' || ret.status === 'approved'))
    for (const line of open.lines) pending.set(line.lineId, (pending.get(line.lineId) ?? 0) + line.quantity);
  return new Map(
    order.lines.map((line) => [line.id, Math.max(0, line.fulfilledQuantity - line.returnedQuantity - (pending.get(line.id) ?? 0))]),
  );
}

/**
 * What the returned units were paid, as a refund proposal: each line's total (after its discount) shared
 * per unit, capped at what can still be refunded. Staff may change it; shipping stays theirs to add.
 */
export function returnValueMinor(order: AdminOrderView, lines: { lineId: string; quantity: number }[]): number {
  const byId = new Map(order.lines.map((line) => [line.id, line]));
  const value = lines.reduce((sum, { lineId, quantity }) => {
    const line = byId.get(lineId);
    return line && line.quantity > 0 ? sum + Math.round((line.total.amount * quantity) / line.quantity) : sum;
  }, 0);
  return Math.min(value, order.refundableAmount.amount);
}

/** Quantities typed per line ("2", "") → the lines to send, leaving out the zeros. */
export function chosenLines(quantities: Record<string, number>): { lineId: string; quantity: number }[] {
  return Object.entries(quantities)
    .filter(([, quantity]) => quantity > 0)
    .map(([lineId, quantity]) => ({ lineId, quantity }));
}
