import { addDays, isIsoDate, isoWeekday, localDateTime, minuteOfDay } from './calendar-dates';
import type { ShippingMethodKind } from './rate-quote';
import type { ShippingCalendar } from './store-calendar';

/** What the estimate needs of a shipping method. */
export interface DeliveryTiming {
  /** Working days to pick and pack, from the day handling starts: 0 dispatches that same day. */
  handlingDays: number;
  /** Working days in transit after dispatch: 0 is same-day delivery. */
  transitDaysMin: number;
  transitDaysMax: number;
  /** `HH:MM` (or `HH:MM:SS`), local to the store: orders from this minute on start the next working day. */
  cutoffTime: string;
  /** Pickup has no transit: the parcel is ready at the location once handled. */
  kind?: ShippingMethodKind;
}

export interface DeliveryEstimate {
  earliest: string;
  latest: string;
}

export interface EstimateInput {
  now: Date;
  calendar: ShippingCalendar;
  method: DeliveryTiming;
  /** `YYYY-MM-DD`: the item cannot be handled before this day (a backorder's expected date). */
  readyFrom?: string | null;
}

/** Ten years of days: enough for any real calendar, and a stop for one with no working day at all. */
const MAX_DAYS_SEARCHED = 3660;

/**
 * When a parcel ordered `now` arrives (or is ready for pickup), as dates in the store's time zone.
 * Handling starts today on a working day before the cut-off, else on the next working day (or on the
 * first working day from `readyFrom`, when that is later). Handling and transit count working days only:
 * no handling or delivery on weekends and holidays.
 */
export function estimateDelivery({ now, calendar, method, readyFrom }: EstimateInput): DeliveryEstimate {
  const days = new WorkingDays(calendar);
  const local = localDateTime(now, calendar.timezone);
  let start = days.isWorking(local.date) && local.minuteOfDay < minuteOfDay(method.cutoffTime) ? local.date : days.after(local.date);
  if (readyFrom) {
    if (!isIsoDate(readyFrom)) throw new RangeError(`readyFrom must be a YYYY-MM-DD date, got ${readyFrom}`);
    if (readyFrom > start) start = days.onOrAfter(readyFrom);
  }
  const dispatched = days.add(start, method.handlingDays);
  if (method.kind === 'pickup') return { earliest: dispatched, latest: dispatched };
  return { earliest: days.add(dispatched, method.transitDaysMin), latest: days.add(dispatched, method.transitDaysMax) };
}

class WorkingDays {
  private readonly weekdays: ReadonlySet<number>;
  private readonly holidays: ReadonlySet<string>;

  constructor(calendar: ShippingCalendar) {
    this.weekdays = new Set(calendar.workingDays);
    this.holidays = new Set(calendar.holidays);
  }

  isWorking(date: string): boolean {
    return this.weekdays.has(isoWeekday(date)) && !this.holidays.has(date);
  }

  onOrAfter(date: string): string {
    let day = date;
    for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched++) {
      if (this.isWorking(day)) return day;
      day = addDays(day, 1);
    }
    throw new RangeError('the shipping calendar has no working day');
  }

  after(date: string): string {
    return this.onOrAfter(addDays(date, 1));
  }

  /** `count` working days after `date` (which is itself a working day); 0 is `date`. */
  add(date: string, count: number): string {
    let day = date;
    for (let i = 0; i < count; i++) day = this.after(day);
    return day;
  }
}
