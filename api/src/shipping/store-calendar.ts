import type { FieldError } from '../platform/errors/domain-error';
import { canonicalTimeZone, isIsoDate } from './calendar-dates';

/** The store's shipping calendar: the `shipping` group of the store settings. */
export interface ShippingCalendar {
  /** IANA time zone of the warehouse: cut-off times and dates are local to it. */
  timezone: string;
  /** ISO weekdays on which parcels are handled and delivered: Monday 1 ... Sunday 7. */
  workingDays: number[];
  /** `YYYY-MM-DD` dates on which nothing is handled or delivered. */
  holidays: string[];
}

export const SHIPPING_SETTINGS_KEY = 'shipping';

export const DEFAULT_SHIPPING_CALENDAR: ShippingCalendar = {
  timezone: 'Europe/Amsterdam',
  workingDays: [1, 2, 3, 4, 5],
  holidays: [],
};

export const MAX_HOLIDAYS = 1000;

/** What the DTO cannot check by shape: a real time zone, real dates. */
export function checkCalendar(calendar: ShippingCalendar): FieldError[] {
  const errors: FieldError[] = [];
  if (!canonicalTimeZone(calendar.timezone)) {
    errors.push({ pointer: '/timezone', detail: 'must be an IANA time zone such as Europe/Amsterdam' });
  }
  calendar.holidays.forEach((date, index) => {
    if (!isIsoDate(date)) errors.push({ pointer: `/holidays/${index}`, detail: 'must be a calendar date as YYYY-MM-DD' });
  });
  return errors;
}

/** As stored: the canonical zone name, weekdays and holidays sorted and each once. Call after `checkCalendar`. */
export function normaliseCalendar(calendar: ShippingCalendar): ShippingCalendar {
  return {
    timezone: canonicalTimeZone(calendar.timezone) ?? calendar.timezone,
    workingDays: [...new Set(calendar.workingDays)].sort((a, b) => a - b),
    holidays: [...new Set(calendar.holidays)].sort(),
  };
}
