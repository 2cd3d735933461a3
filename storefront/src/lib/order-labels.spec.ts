import { describe, expect, it } from '@jest/globals';
import { orderBadges, type OrderStates } from './order-labels';

const labels = (order: OrderStates) => orderBadges(order).map((badge) => badge.label);

describe('order badges', () => {
  it('says a card order waits for its payment', () => {
    expect(labels({ status: 'awaiting_payment', paymentStatus: 'pending', fulfilmentStatus: 'unfulfilled' })).toEqual([
      'Awaiting payment',
      'Preparing',
    ]);
  });

  it('does not call a confirmed cash-on-delivery order overdue', () => {
    expect(labels({ status: 'confirmed', paymentStatus: 'pending', fulfilmentStatus: 'shipped' })).toEqual([
      'Pay on delivery',
      'On its way',
    ]);
  });

  it('follows a paid order to its door', () => {
    expect(labels({ status: 'confirmed', paymentStatus: 'paid', fulfilmentStatus: 'partially_fulfilled' })).toEqual([
      'Paid',
      'Partly packed',
    ]);
    expect(labels({ status: 'completed', paymentStatus: 'paid', fulfilmentStatus: 'delivered' })).toEqual(['Paid', 'Delivered']);
    expect(labels({ status: 'completed', paymentStatus: 'partially_refunded', fulfilmentStatus: 'delivered' })).toEqual([
      'Partly refunded',
      'Delivered',
    ]);
  });

  it('shows a cancellation instead of the delivery, with the money when some was taken', () => {
    expect(orderBadges({ status: 'cancelled', paymentStatus: 'refunded', fulfilmentStatus: 'unfulfilled' })).toEqual([
      { label: 'Cancelled', tone: 'stopped' },
      { label: 'Refunded', tone: 'quiet' },
    ]);
    expect(labels({ status: 'cancelled', paymentStatus: 'pending', fulfilmentStatus: 'unfulfilled' })).toEqual(['Cancelled']);
  });

  it('still reads a state this storefront does not know', () => {
    const newer = { status: 'confirmed', paymentStatus: 'paid', fulfilmentStatus: 'out_for_delivery' } as unknown as OrderStates;
    expect(labels(newer)).toEqual(['Paid', 'Out for delivery']);
  });
});
