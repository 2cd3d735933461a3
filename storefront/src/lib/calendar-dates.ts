/**
 * The API sends calendar dates (`2026-12-01`) that mean a day in the store's calendar, not an instant.
 * They are read and printed in UTC so that no time zone, the server's or the shopper's, moves them a day.
 */
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const WEEKDAY_DAY_MONTH = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

function calendarDay(date: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date);
}

/** "24 Dec" */
export function formatDayMonth(date: string): string {
  return DAY_MONTH.format(calendarDay(date));
}

/** "Tue 1 Dec" */
export function formatWeekday(date: string): string {
  return WEEKDAY_DAY_MONTH.format(calendarDay(date));
}

/** "Tue 1 Dec – Wed 2 Dec", or one day when both ends are the same. */
export function formatDayRange(earliest: string, latest: string): string {
  return earliest === latest ? formatWeekday(earliest) : `${formatWeekday(earliest)} – ${formatWeekday(latest)}`;
}
