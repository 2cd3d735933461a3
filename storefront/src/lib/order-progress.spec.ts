import { describe, expect, it } from '@jest/globals';
import type { FulfillmentView, StoreOrderEventView as OrderEvent } from '@tillpoint/sdk';
import { orderProgress } from './order-progress';

const PLACED_AT = '2026-12-01T10:00:00.000Z';
type ProgressInput = Parameters<typeof orderProgress>[0];

function order(overrides: Partial<ProgressInput> = {}): ProgressInput {
  return {
    status: 'awaiting_payment',
    paymentStatus: 'pending',
    fulfilmentStatus: 'unfulfilled',
    paymentProvider: 'sandbox',
    placedAt: PLACED_AT,
    timeline: [],
    fulfillments: [],
    total: { amount: 5000, currency: 'EUR' },
    ...overrides,
  };
}

const paidEvent: OrderEvent = { kind: 'payment_status_changed', data: { from: 'pending', to: 'paid' }, at: '2026-12-01T10:00:04.000Z' };
const parcel = (shippedAt: string | null, deliveredAt: string | null = null): FulfillmentView => ({
  id: 'p1',
  locationId: 'l1',
  locationName: 'Warehouse',
  carrier: 'PostNL',
  trackingNumber: '3S1',
  trackingUrl: null,
  lines: [],
  createdAt: '2026-12-02T08:00:00.000Z',
  shippedAt,
  deliveredAt,
});
const states = (progress: ReturnType<typeof orderProgress>) => progress.steps.map((step) => `${step.key}:${step.state}`);

describe('order progress', () => {
  it('waits on the payment of a card order that is not through yet', () => {
    const progress = orderProgress(order());
    expect(states(progress)).toEqual(['placed:done', 'confirmed:current', 'shipped:upcoming', 'delivered:upcoming']);
    expect(progress.steps[1]).toMatchObject({ label: 'Paid', note: 'Awaiting payment' });
    expect(progress.headline).toBe('Waiting for payment');
  });

  it('prepares a paid order, dating the payment from the timeline', () => {
    const progress = orderProgress(order({ status: 'confirmed', paymentStatus: 'paid', timeline: [paidEvent] }));
    expect(states(progress)).toEqual(['placed:done', 'confirmed:done', 'shipped:current', 'delivered:upcoming']);
    expect(progress.steps[1].at).toBe(paidEvent.at);
    expect(progress.steps[2].note).toBe('Preparing');
    expect(progress.headline).toBe('Being prepared');
  });

  it('dates the payment of an order placed paid from its placing', () => {
    const placed: OrderEvent = { kind: 'placed', data: { paymentStatus: 'paid' }, at: '2026-12-01T10:00:01.000Z' };
    const progress = orderProgress(order({ status: 'confirmed', paymentStatus: 'paid', timeline: [placed] }));
    expect(progress.steps[1]).toMatchObject({ label: 'Paid', state: 'done', at: placed.at });
  });

  it('confirms a cash-on-delivery order at once, unpaid', () => {
    const progress = orderProgress(order({ status: 'confirmed', paymentProvider: 'cash_on_delivery' }));
    expect(progress.steps[1]).toMatchObject({ label: 'Confirmed', state: 'done', at: PLACED_AT });
    expect(progress.summary).toBe('We are getting your order ready. You pay when it arrives.');
  });

  it('says a packed order is about to ship', () => {
    const progress = orderProgress(order({ status: 'confirmed', paymentStatus: 'paid', fulfilmentStatus: 'fulfilled' }));
    expect(progress.steps[2]).toMatchObject({ state: 'current', note: 'Packed' });
    expect(progress.headline).toBe('Packed');
  });

  it('follows a shipped order, dated by its parcel when the timeline has no shipping event', () => {
    const progress = orderProgress(
      order({
        status: 'confirmed',
        paymentStatus: 'paid',
        fulfilmentStatus: 'shipped',
        fulfillments: [parcel('2026-12-02T12:00:00.000Z')],
      }),
    );
    expect(states(progress)).toEqual(['placed:done', 'confirmed:done', 'shipped:done', 'delivered:current']);
    expect(progress.steps[2].at).toBe('2026-12-02T12:00:00.000Z');
    expect(progress.steps[3].note).toBe('On its way');
    expect(progress).toMatchObject({ headline: 'On its way', summary: 'Your order shipped on 2 Dec.' });
  });

  it('ends with every step done once delivered', () => {
    const delivered: OrderEvent = { kind: 'delivered', data: {}, at: '2026-12-04T15:00:00.000Z' };
    const progress = orderProgress(
      order({ status: 'completed', paymentStatus: 'paid', fulfilmentStatus: 'delivered', timeline: [paidEvent, delivered] }),
    );
    expect(progress.steps.every((step) => step.state === 'done')).toBe(true);
    expect(progress).toMatchObject({ headline: 'Delivered', summary: 'Your order arrived on 4 Dec.' });
  });

  it('stops a cancelled order where it was, and says nothing was charged when nothing was', () => {
    const cancelled: OrderEvent = { kind: 'cancelled', data: { reason: null, refunded: 0 }, at: '2026-12-01T12:00:00.000Z' };
    const progress = orderProgress(order({ status: 'cancelled', timeline: [cancelled] }));
    expect(states(progress)).toEqual(['placed:done', 'cancelled:stopped']);
    expect(progress).toMatchObject({
      headline: 'Cancelled',
      summary: 'This order was cancelled on 1 Dec. You were not charged.',
      refundNote: null,
    });
  });

  it('tells how much of a cancelled, paid order came back', () => {
    const refunded: OrderEvent = { kind: 'refunded', data: { amount: 5000, currency: 'EUR' }, at: '2026-12-01T12:00:01.000Z' };
    const progress = orderProgress(order({ status: 'cancelled', paymentStatus: 'refunded', timeline: [paidEvent, refunded] }));
    expect(states(progress)).toEqual(['placed:done', 'confirmed:done', 'cancelled:stopped']);
    expect(progress.refundNote).toBe('€50.00 was refunded to your original payment method.');
  });

  it('adds up the partial refunds of a delivered order', () => {
    const refund = (amount: number, at: string): OrderEvent => ({ kind: 'refunded', data: { amount, currency: 'EUR' }, at });
    const progress = orderProgress(
      order({
        status: 'completed',
        paymentStatus: 'partially_refunded',
        fulfilmentStatus: 'delivered',
        timeline: [refund(700, '2026-12-05T10:00:00.000Z'), refund(500, '2026-12-06T10:00:00.000Z')],
      }),
    );
    expect(progress.headline).toBe('Delivered');
    expect(progress.refundNote).toBe('€12.00 was refunded to your original payment method.');
  });
});
