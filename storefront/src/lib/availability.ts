import type { AvailabilityView } from '@tillpoint/sdk';
import { formatDayMonth } from './calendar-dates';

export type AvailabilityTone = 'positive' | 'warning' | 'negative' | 'neutral';

export interface AvailabilityMessage {
  label: string;
  tone: AvailabilityTone;
}

/** What a shopper reads about stock: "In stock", "Only 3 left", "Back in stock on 24 Dec", "Sold out". */
export function describeAvailability({ status, available, expectedAt }: AvailabilityView): AvailabilityMessage {
  switch (status) {
    case 'in_stock':
      return { label: 'In stock', tone: 'positive' };
    case 'low_stock':
      return { label: available ? `Only ${available} left` : 'Only a few left', tone: 'warning' };
    case 'backorder':
      return { label: expectedAt ? `Back in stock on ${formatDayMonth(expectedAt)}` : 'Available to order', tone: 'neutral' };
    case 'out_of_stock':
      return { label: 'Sold out', tone: 'negative' };
  }
}

/** A shopper can order it now (from stock or as a backorder). */
export function isPurchasable({ status }: AvailabilityView): boolean {
  return status !== 'out_of_stock';
}
