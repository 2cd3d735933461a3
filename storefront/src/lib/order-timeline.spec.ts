import { describe, expect, it } from '@jest/globals';
import { customerTimeline, describeOrderEvent, formatEventTime } from './order-timeline';
import type { StoreOrderEventView as OrderEvent } from '@tillpoint/sdk';

const EUR = { currency: 'EUR' };
const wording = (kind: string, data: Record<string, unknown> = {}) => describeOrderEvent({ kind, data }, EUR);
const event = (kind: string, at: string, data: Record<string, unknown> = {}): OrderEvent => ({ kind, data, at });

describe('order timeline wording', () => {
  it('says an order was placed, and paid when the payment came with it', () => {
    expect(wording('placed', { total: 4999, currency: 'EUR', provider: 'cash_on_delivery', paymentStatus: 'pending' })).toEqual({
      title: 'Order placed',
      detail: 'We received your order.',
      tone: 'progress',
    });
    expect(wording('placed', { total: 4999, currency: 'EUR', provider: 'sandbox', paymentStatus: 'paid' })?.detail).toBe(
      'We received your order and your payment.',
    );
    expect(wording('placed', { paymentStatus: 'authorized' })?.detail).toBe('We received your order, and your payment is approved.');
  });

  it('names the payment by what it means to the shopper', () => {
    expect(wording('payment_status_changed', { from: 'pending', to: 'paid' })?.title).toBe('Payment received');
    expect(wording('payment_status_changed', { from: 'pending', to: 'authorized' })?.title).toBe('Payment approved');
    expect(wording('payment_status_changed', { from: 'paid', to: 'refunded' })?.title).toBe('Your payment was refunded');
  });

  it('hides a payment that went back to pending, which asks nothing of the shopper', () => {
    expect(wording('payment_status_changed', { from: 'authorized', to: 'pending' })).toBeNull();
  });

  it('counts the items packed', () => {
    const packed = wording('fulfilled', {
      lines: [
        { lineId: 'a', quantity: 2 },
        { lineId: 'b', quantity: 1 },
      ],
      carrier: null,
    });
    expect(packed).toEqual({ title: 'Packed', detail: '3 items packed and ready to ship.', tone: 'progress' });
    expect(wording('fulfilled', { lines: [{ lineId: 'a', quantity: 1 }] })?.detail).toBe('1 item packed and ready to ship.');
    expect(wording('fulfilled')?.detail).toBe('Your items are packed and ready to ship.');
  });

  it('says how a parcel travels, with what is known of carrier and tracking number', () => {
    const parcel = { carrier: 'PostNL', trackingNumber: '3SABC123', trackingUrl: 'https://t.example/3SABC123' };
    expect(wording('shipped', { parcels: [parcel] })?.detail).toBe('On its way with PostNL, tracking number 3SABC123.');
    expect(wording('shipped', { parcels: [parcel, { ...parcel, trackingNumber: '3SXYZ' }] })?.detail).toBe(
      'On its way in 2 tracked parcels.',
    );
    expect(wording('shipped', { parcels: [] })?.detail).toBe('Your order is on its way.');
    expect(wording('shipped', { carrier: 'PostNL', trackingNumber: '3SABC123', trackingUrl: 'https://t.example/3SABC123' })?.detail).toBe(
      'On its way with PostNL, tracking number 3SABC123.',
    );
    expect(wording('shipped', { carrier: 'DHL', trackingNumber: null })?.detail).toBe('On its way with DHL.');
    expect(wording('shipped', { trackingNumber: 'Z99' })?.detail).toBe('On its way, tracking number Z99.');
    expect(wording('shipped', { carrier: '  ' })?.detail).toBe('Your order is on its way.');
  });

  it('marks delivery as good news', () => {
    expect(wording('delivered')).toEqual({ title: 'Delivered', detail: 'Your order has arrived.', tone: 'positive' });
  });

  it('gives a cancellation its reason and the money to come back', () => {
    expect(wording('cancelled', { reason: 'Out of stock', refund: 2500 })).toEqual({
      title: 'Order cancelled',
      detail: 'Reason: Out of stock. €25.00 will be refunded to your original payment method.',
      tone: 'stopped',
    });
    expect(wording('cancelled', { reason: null, refund: 0 })?.detail).toBeUndefined();
  });

  it('writes refund amounts in their own currency, or the order’s', () => {
    expect(wording('refunded', { refundId: 'r', amount: 1250, currency: 'USD' })?.title).toBe('$12.50 refunded');
    expect(wording('refunded', { refundId: 'r', amount: 1250 })?.title).toBe('€12.50 refunded');
    expect(wording('refund_requested', { amount: { amount: 500, currency: 'EUR' } })?.detail).toBe('€5.00 is on its way back to you.');
    expect(wording('refund_failed', { amount: 500, reason: 'card expired' })).toEqual({
      title: 'Refund delayed',
      detail: 'Your refund did not go through yet. We are looking into it.',
      tone: 'stopped',
    });
  });

  it('follows a return from request to receipt', () => {
    const lines = [{ lineId: 'a', quantity: 2 }];
    expect(wording('return_requested', { returnId: 'x', lines })?.detail).toBe('2 items to send back.');
    expect(wording('return_approved', { returnId: 'x', lines })?.title).toBe('Return approved');
    expect(wording('return_rejected', { returnId: 'x', lines })?.tone).toBe('stopped');
    expect(wording('return_received', { returnId: 'x', lines })?.detail).toBe('2 items back with us.');
  });

  it('says where the parcel goes after an address change, without repeating the whole address', () => {
    const to = { firstName: 'Ada', line1: 'Damrak 1', city: 'Amsterdam', postcode: '1012 LG', country: 'NL' };
    expect(wording('shipping_address_changed', { from: {}, to })?.detail).toBe('Now delivering to Damrak 1, Amsterdam.');
  });

  it('tells who wrote a message', () => {
    expect(wording('message', { messageId: 'm', from: 'staff' })?.title).toBe('The store sent you a message');
    expect(wording('message', { messageId: 'm', from: 'customer' })?.title).toBe('You sent a message');
  });

  it('never shows a staff note', () => {
    expect(wording('note', { text: 'Customer was rude on the phone' })).toBeNull();
  });

  it('still reads an event kind it does not know', () => {
    expect(wording('gift_wrapped')).toEqual({ title: 'Gift wrapped', tone: 'neutral' });
  });

  it('ignores data of the wrong type instead of printing it', () => {
    expect(wording('refunded', { amount: '12.50' })?.title).toBe('Refunded');
    expect(wording('fulfilled', { lines: 'all' })?.detail).toBe('Your items are packed and ready to ship.');
  });
});

describe('the customer timeline', () => {
  it('lists the newest first and leaves out what the shopper is not shown', () => {
    const timeline = customerTimeline(
      [
        event('placed', '2026-12-01T10:00:00.000Z'),
        event('payment_status_changed', '2026-12-01T10:00:05.000Z', { to: 'paid' }),
        event('note', '2026-12-01T11:00:00.000Z', { text: 'internal' }),
        event('fulfilled', '2026-12-02T09:00:00.000Z', { lines: [{ lineId: 'a', quantity: 1 }] }),
        event('shipped', '2026-12-02T09:00:00.000Z', { carrier: 'PostNL' }),
      ],
      EUR,
    );
    expect(timeline.map((entry) => entry.title)).toEqual(['Shipped', 'Packed', 'Payment received', 'Order placed']);
    expect(timeline[0].at).toBe('2026-12-02T09:00:00.000Z');
  });

  it('says a refund once, with its amount, when the payment status repeats it', () => {
    const timeline = customerTimeline(
      [
        event('refunded', '2026-12-03T10:00:00.000Z', { amount: 1000, currency: 'EUR' }),
        event('payment_status_changed', '2026-12-03T10:00:00.000Z', { from: 'paid', to: 'partially_refunded' }),
      ],
      EUR,
    );
    expect(timeline.map((entry) => entry.title)).toEqual(['€10.00 refunded']);
  });

  it('keeps a refund the provider announced without an event of its own', () => {
    const timeline = customerTimeline([event('payment_status_changed', '2026-12-03T10:00:00.000Z', { to: 'refunded' })], EUR);
    expect(timeline.map((entry) => entry.title)).toEqual(['Your payment was refunded']);
  });
});

describe('event times', () => {
  it('are written in UTC and say so', () => {
    expect(formatEventTime('2026-12-02T09:05:00.000Z')).toBe('2 Dec 2026, 09:05 UTC');
  });
});
