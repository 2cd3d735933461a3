import type { DeliveryOptionView } from '@tillpoint/sdk';
import { formatDayRange, formatWeekday } from './calendar-dates';
import { formatMoney } from './money';

export interface DeliveryLine {
  title: string;
  /** "Free", "€4.95" or "€4.95 (free over €50)" */
  cost: string;
  /** "Arrives Tue 1 Dec – Wed 2 Dec" or "Ready Mon 30 Nov" */
  when: string;
}

/** One delivery option in words, as the product page lists it. */
export function describeDeliveryOption(option: DeliveryOptionView): DeliveryLine {
  const free = option.price.amount === 0;
  const freeOver = !free && option.freeOver ? ` (free over ${formatMoney(option.freeOver, { dropZeroFraction: true })})` : '';
  const cost = free ? 'Free' : `${formatMoney(option.price)}${freeOver}`;
  if (option.kind === 'pickup') {
    const place = option.pickupLocation ? `Pick up at ${option.pickupLocation.name}, ${option.pickupLocation.city}` : option.name;
    return { title: place, cost, when: `Ready ${formatWeekday(option.estimate.earliest)}` };
  }
  return { title: option.name, cost, when: `Arrives ${formatDayRange(option.estimate.earliest, option.estimate.latest)}` };
}
