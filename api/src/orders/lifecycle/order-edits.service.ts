import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { ValidationFailed } from '../../platform/errors/domain-error';
import type { PostalAddressDto } from '../../shipping/dto/postal-address.dto';
import { normalisedAddress, postalAddressProblems } from '../../shipping/postal-address';
import { OrderTransitionRefused } from '../order-state';
import { changeOrder, OrderActor, recordEvent } from './order-record';

/** Changes to an order that are not steps of its life: the shipping address before packing, and staff notes. */
@Injectable()
export class OrderEdits {
  constructor(private readonly db: Db) {}

  async changeShippingAddress(orderId: string, input: PostalAddressDto, actor: OrderActor): Promise<void> {
    const problems = postalAddressProblems(input, '');
    if (problems.length) throw new ValidationFailed(problems);
    await changeOrder(this.db, orderId, async (tx, order) => {
      const refusal = addressRefusal(order.state.status, order.state.fulfilment);
      if (refusal) throw refusal;
      const to = normalisedAddress(input);
      await tx.query(`UPDATE orders SET shipping_address = $2, updated_at = now() WHERE id = $1`, [order.id, JSON.stringify(to)]);
      await recordEvent(tx, order.id, 'shipping_address_changed', { from: order.shippingAddress, to }, actor);
    });
  }

  /** A note for staff only: on the admin timeline, never shown to the customer. */
  async addNote(orderId: string, text: string, actor: OrderActor): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed) throw new ValidationFailed([{ pointer: '/text', detail: 'must not be empty' }]);
    await changeOrder(this.db, orderId, (tx, order) => recordEvent(tx, order.id, 'note', { text: trimmed }, actor));
  }
}

/** Why the address cannot change now, or null: once anything is packed, the label is printed. */
export function addressRefusal(status: string, fulfilment: string): OrderTransitionRefused | null {
  if (status === 'cancelled' || status === 'completed') {
    return new OrderTransitionRefused(
      status === 'cancelled' ? 'order_cancelled' : 'order_completed',
      `Order is ${status}; its address cannot change.`,
    );
  }
  if (fulfilment !== 'unfulfilled') {
    return new OrderTransitionRefused('already_fulfilled', 'Items of the order are already packed; the shipping address cannot change.');
  }
  return null;
}
