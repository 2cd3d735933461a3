import { describe, expect, it } from '@jest/globals';
import type { FulfillmentView, OrderLineView } from '@tillpoint/sdk';
import { describeParcels, safeTrackingUrl } from './order-tracking';

describe('tracking links', () => {
  it('keeps http and https links', () => {
    expect(safeTrackingUrl('https://track.example.com/3S123?lang=en')).toBe('https://track.example.com/3S123?lang=en');
    expect(safeTrackingUrl(' http://track.example.com/x ')).toBe('http://track.example.com/x');
  });

  it('drops anything that could run or is not a link', () => {
    expect(safeTrackingUrl('javascript:alert(1)')).toBeNull();
    expect(safeTrackingUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeTrackingUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeTrackingUrl('//evil.example')).toBeNull();
    expect(safeTrackingUrl('track.example.com/3S123')).toBeNull();
    expect(safeTrackingUrl('')).toBeNull();
    expect(safeTrackingUrl(null)).toBeNull();
  });
});

describe('parcels', () => {
  const line = (id: string, title: string) => ({ id, title, variantTitle: 'M / Navy' }) as OrderLineView;
  const parcel = (overrides: Partial<FulfillmentView>): FulfillmentView => ({
    id: 'p',
    locationId: 'l',
    locationName: 'Warehouse',
    carrier: 'PostNL',
    trackingNumber: '3S1',
    trackingUrl: 'https://t.example/3S1',
    lines: [],
    createdAt: '2026-12-02T08:00:00.000Z',
    shippedAt: null,
    deliveredAt: null,
    ...overrides,
  });

  it('lists each parcel oldest first, with its items and where it is', () => {
    const parcels = describeParcels({
      lines: [line('a', 'Rain coat'), line('b', 'Beanie')],
      fulfillments: [
        parcel({ id: 'second', createdAt: '2026-12-03T08:00:00.000Z', lines: [{ lineId: 'b', quantity: 1 }], trackingUrl: 'javascript:x' }),
        parcel({ id: 'first', lines: [{ lineId: 'a', quantity: 2 }], shippedAt: '2026-12-02T12:00:00.000Z' }),
      ],
    });
    expect(parcels.map((p) => [p.id, p.heading, p.stateLabel])).toEqual([
      ['first', 'Parcel 1 of 2', 'Shipped 2 Dec'],
      ['second', 'Parcel 2 of 2', 'Packed, ready to ship'],
    ]);
    expect(parcels[0].items).toEqual([{ title: 'Rain coat', variantTitle: 'M / Navy', quantity: 2 }]);
    expect(parcels[0].trackingHref).toBe('https://t.example/3S1');
    expect(parcels[1].trackingHref).toBeNull();
  });

  it('calls a lone parcel "your parcel" and leaves blank carrier details out', () => {
    const [only] = describeParcels({
      lines: [],
      fulfillments: [
        parcel({ carrier: ' ', trackingNumber: null, deliveredAt: '2026-12-04T08:00:00.000Z', shippedAt: '2026-12-03T08:00:00.000Z' }),
      ],
    });
    expect(only).toMatchObject({
      heading: 'Your parcel',
      carrier: null,
      trackingNumber: null,
      state: 'delivered',
      stateLabel: 'Delivered 4 Dec',
    });
  });
});
