import { DomainError } from '../platform/errors/domain-error';

/**
 * The one state machine of an order and its parts (issue 5). Pure: the caller locks the order, calls `apply`,
 * saves the result and does the side effects (releasing stock on cancel, voiding or refunding at the provider).
 */
export type OrderStatus = 'awaiting_payment' | 'confirmed' | 'completed' | 'cancelled';
export type PaymentStatus = 'pending' | 'authorized' | 'paid' | 'partially_refunded' | 'refunded';
export type FulfilmentStatus = 'unfulfilled' | 'partially_fulfilled' | 'fulfilled' | 'shipped' | 'delivered';

export interface OrderLineState {
  readonly lineId: string;
  readonly ordered: number;
  readonly fulfilled: number;
  readonly returned: number;
}

export interface OrderState {
  readonly status: OrderStatus;
  readonly payment: PaymentStatus;
  readonly fulfilment: FulfilmentStatus;
  readonly cashOnDelivery: boolean;
  readonly totalMinor: number;
  readonly paidMinor: number;
  readonly refundedMinor: number;
  readonly lines: readonly OrderLineState[];
}

export interface LineQuantity {
  readonly lineId: string;
  readonly quantity: number;
}

export type OrderCommand =
  | { readonly kind: 'payment_authorized' }
  | { readonly kind: 'payment_captured'; readonly amountMinor: number }
  | { readonly kind: 'cash_collected'; readonly amountMinor: number }
  | { readonly kind: 'fulfil'; readonly lines: readonly LineQuantity[] }
  | { readonly kind: 'ship' }
  | { readonly kind: 'deliver' }
  | { readonly kind: 'complete' }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'refund'; readonly amountMinor: number }
  | { readonly kind: 'return_received'; readonly lines: readonly LineQuantity[] };

export type CommandKind = OrderCommand['kind'];

/** Ends a refusal's detail ("it cannot …"); its keys are every command, so the list below stays complete. */
const CANNOT: Record<CommandKind, string> = {
  payment_authorized: 'take a payment authorization',
  payment_captured: 'take a payment',
  cash_collected: 'record cash collected',
  fulfil: 'be fulfilled',
  ship: 'be shipped',
  deliver: 'be marked delivered',
  complete: 'be completed',
  cancel: 'be cancelled',
  refund: 'be refunded',
  return_received: 'receive a return',
};

export const COMMAND_KINDS = Object.keys(CANNOT) as readonly CommandKind[];

export type RefusalCode =
  | 'order_cancelled'
  | 'order_completed'
  | 'already_cancelled'
  | 'already_completed'
  | 'cash_on_delivery'
  | 'not_cash_on_delivery'
  | 'already_authorized'
  | 'already_paid'
  | 'not_paid'
  | 'payment_refunded'
  | 'already_fulfilled'
  | 'not_fulfilled'
  | 'already_shipped'
  | 'not_shipped'
  | 'already_delivered'
  | 'not_delivered'
  | 'already_refunded'
  | 'nothing_to_return'
  | 'invalid_amount'
  | 'capture_exceeds_total'
  | 'refund_exceeds_paid'
  | 'invalid_quantity'
  | 'unknown_line'
  | 'over_fulfilment'
  | 'over_return';

/** A command the order's current state does not allow: a 409 whose `detail` a staff member understands. */
export class OrderTransitionRefused extends DomainError {
  readonly status = 409;
  readonly title = 'The order cannot do this now';
  constructor(
    readonly code: RefusalCode,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** A placed order: card orders wait for their payment, cash-on-delivery orders are confirmed unpaid. */
export function placedOrder(input: { totalMinor: number; cashOnDelivery: boolean; lines: readonly LineQuantity[] }): OrderState {
  return {
    status: input.cashOnDelivery ? 'confirmed' : 'awaiting_payment',
    payment: 'pending',
    fulfilment: 'unfulfilled',
    cashOnDelivery: input.cashOnDelivery,
    totalMinor: input.totalMinor,
    paidMinor: 0,
    refundedMinor: 0,
    lines: input.lines.map((l) => ({ lineId: l.lineId, ordered: l.quantity, fulfilled: 0, returned: 0 })),
  };
}

/** The commands the state allows, for buttons in a UI; amounts and quantities are still checked by `apply`. */
export function allowedCommands(state: OrderState): CommandKind[] {
  return COMMAND_KINDS.filter((kind) => refusalFor(state, kind) === null);
}

/** The next state, or OrderTransitionRefused saying why not. */
export function apply(state: OrderState, command: OrderCommand): OrderState {
  const refusal = refusalFor(state, command.kind);
  if (refusal) throw new OrderTransitionRefused(refusal[0], refusal[1]);
  switch (command.kind) {
    case 'payment_authorized':
      return { ...state, status: 'confirmed', payment: 'authorized' };
    case 'payment_captured':
    case 'cash_collected': {
      // Why: one capture settles the payment; taking less than the total releases the rest, as providers do.
      const paidMinor = checkedAmount(command.amountMinor, state.totalMinor, 'capture_exceeds_total', 'the order total');
      return { ...state, status: 'confirmed', payment: 'paid', paidMinor };
    }
    case 'fulfil': {
      const lines = addQuantities(state, command.lines, 'fulfilled');
      const done = lines.every((l) => l.fulfilled === l.ordered);
      return { ...state, lines, fulfilment: done ? 'fulfilled' : 'partially_fulfilled' };
    }
    case 'ship':
      return { ...state, fulfilment: 'shipped' };
    case 'deliver':
      return { ...state, fulfilment: 'delivered' };
    case 'complete':
      return { ...state, status: 'completed' };
    case 'cancel':
      return { ...state, status: 'cancelled' };
    case 'refund': {
      // Why: never give back more than was taken, across every refund of the order.
      const refundable = state.paidMinor - state.refundedMinor;
      const refundedMinor =
        state.refundedMinor + checkedAmount(command.amountMinor, refundable, 'refund_exceeds_paid', 'the amount still refundable');
      return { ...state, refundedMinor, payment: refundedMinor === state.paidMinor ? 'refunded' : 'partially_refunded' };
    }
    case 'return_received':
      return { ...state, lines: addQuantities(state, command.lines, 'returned') };
  }
}

type Refusal = readonly [RefusalCode, string];

/** Why the state refuses this kind of command whatever its amounts or quantities, or null when it allows it. */
function refusalFor(s: OrderState, kind: CommandKind): Refusal | null {
  const cannot = `it cannot ${CANNOT[kind]}.`;
  const shipped = s.fulfilment === 'shipped' || s.fulfilment === 'delivered';
  const captured = s.payment !== 'pending' && s.payment !== 'authorized';
  switch (kind) {
    case 'cancel':
      if (s.status === 'cancelled') return ['already_cancelled', 'Order is already cancelled.'];
      if (s.status === 'completed') return ['order_completed', `Order is completed; ${cannot}`];
      // Why: cancelling puts the stock back; once a parcel has left, only a return can do that.
      if (shipped) return ['already_shipped', 'Order has shipped; it cannot be cancelled. Record a return instead.'];
      return null;
    case 'refund':
      // Why: refunds follow the money, so they stay possible after cancellation and completion.
      if (!captured) return ['not_paid', 'Order has not been paid; there is nothing to refund.'];
      if (s.payment === 'refunded') return ['already_refunded', 'Order is fully refunded; nothing is left to refund.'];
      return null;
    case 'complete':
      if (s.status === 'cancelled') return ['order_cancelled', `Order is cancelled; ${cannot}`];
      if (s.status === 'completed') return ['already_completed', 'Order is already completed.'];
      if (s.fulfilment !== 'delivered') return ['not_delivered', 'Order has not been delivered; it cannot be completed.'];
      // Why: completing closes the order's books, so its money must be settled (taken, perhaps given back).
      if (!captured) return ['not_paid', 'Order has not been paid; capture or collect the payment before completing it.'];
      return null;
    case 'return_received':
      // Why: returns arrive after completion too, within the return window; a cancelled order never shipped.
      if (s.status === 'cancelled') return ['order_cancelled', `Order is cancelled; ${cannot}`];
      if (!shipped) return ['not_shipped', 'Order has not shipped; nothing can come back.'];
      if (s.lines.every((l) => l.returned === l.fulfilled)) return ['nothing_to_return', 'Every shipped item has already been returned.'];
      return null;
  }
  if (s.status === 'cancelled') return ['order_cancelled', `Order is cancelled; ${cannot}`];
  if (s.status === 'completed') return ['order_completed', `Order is completed; ${cannot}`];
  switch (kind) {
    case 'payment_authorized':
    case 'payment_captured':
      // Why: a cash-on-delivery order has no card payment; the courier's cash is its payment.
      if (s.cashOnDelivery) return ['cash_on_delivery', 'Order is cash on delivery; record the cash collected instead.'];
      if (captured) return ['already_paid', 'Order is already paid.'];
      if (kind === 'payment_authorized' && s.payment === 'authorized')
        return ['already_authorized', 'Order payment is already authorized.'];
      return null;
    case 'cash_collected':
      if (!s.cashOnDelivery) return ['not_cash_on_delivery', 'Order is paid by card; cash cannot be recorded against it.'];
      if (captured) return ['already_paid', 'Order is already paid.'];
      // Why: the courier collects the cash at the door, so the parcel must be on its way.
      if (!shipped) return ['not_shipped', 'Order has not shipped; cash is collected on delivery.'];
      return null;
    case 'fulfil':
      if (shipped) return ['already_shipped', 'Order has shipped; it cannot be fulfilled again.'];
      if (s.fulfilment === 'fulfilled') return ['already_fulfilled', 'Every item of the order is already fulfilled.'];
      // Why: card orders go out only against secured money; cash-on-delivery orders are confirmed unpaid by design.
      if (s.status === 'awaiting_payment')
        return ['not_paid', 'Order is awaiting payment; it cannot be fulfilled before the payment is authorized.'];
      // Why: sending goods whose money was all given back is a loss.
      if (s.payment === 'refunded') return ['payment_refunded', 'Order is fully refunded; it cannot be fulfilled.'];
      return null;
    case 'ship':
      if (shipped) return ['already_shipped', 'Order has already shipped.'];
      // Why: one consignment per order, so it leaves only once everything is packed.
      if (s.fulfilment !== 'fulfilled') return ['not_fulfilled', 'Order is not fully fulfilled; fulfil every item before shipping.'];
      if (s.payment === 'refunded') return ['payment_refunded', 'Order is fully refunded; it cannot be shipped.'];
      return null;
    case 'deliver':
      if (s.fulfilment === 'delivered') return ['already_delivered', 'Order is already delivered.'];
      // Why: a parcel cannot arrive before it left.
      if (!shipped) return ['not_shipped', 'Order has not shipped; it cannot be marked delivered.'];
      return null;
  }
  return null;
}

function checkedAmount(amountMinor: number, limitMinor: number, code: RefusalCode, limitName: string): number {
  // Why: money is an integer number of minor units, and a zero or negative movement means a bug upstream.
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    throw new OrderTransitionRefused('invalid_amount', 'Amount must be a whole number of minor units above zero.');
  }
  if (amountMinor > limitMinor) {
    throw new OrderTransitionRefused(code, `Amount ${amountMinor} is more than ${limitName}, ${limitMinor} (minor units).`);
  }
  return amountMinor;
}

function addQuantities(s: OrderState, requested: readonly LineQuantity[], field: 'fulfilled' | 'returned'): OrderLineState[] {
  const fulfil = field === 'fulfilled';
  if (requested.length === 0)
    throw new OrderTransitionRefused('invalid_quantity', `Choose at least one item ${fulfil ? 'to fulfil' : 'returned'}.`);
  const added = new Map<string, number>();
  for (const { lineId, quantity } of requested) {
    if (!Number.isSafeInteger(quantity) || quantity <= 0) {
      throw new OrderTransitionRefused('invalid_quantity', `Quantity for line ${lineId} must be a whole number above zero.`);
    }
    if (!s.lines.some((l) => l.lineId === lineId)) throw new OrderTransitionRefused('unknown_line', `Line ${lineId} is not on this order.`);
    added.set(lineId, (added.get(lineId) ?? 0) + quantity);
  }
  return s.lines.map((line) => {
    const quantity = added.get(line.lineId) ?? 0;
    // Why: fulfilling beyond the order sends unpaid goods; returning beyond what was sent refunds phantom goods.
    const left = fulfil ? line.ordered - line.fulfilled : line.fulfilled - line.returned;
    if (quantity > left) {
      const what = fulfil ? 'left to fulfil' : 'sent and not yet returned';
      throw new OrderTransitionRefused(
        fulfil ? 'over_fulfilment' : 'over_return',
        `Line ${line.lineId}: ${quantity} requested, only ${left} ${what}.`,
      );
    }
    if (quantity === 0) return line;
    return fulfil ? { ...line, fulfilled: line.fulfilled + quantity } : { ...line, returned: line.returned + quantity };
  });
}
