import { addDays, canonicalTimeZone, isIsoDate, isoWeekday, localDateTime, minuteOfDay } from './calendar-dates';
import { checkCalendar, normaliseCalendar } from './store-calendar';

describe('the shipping calendar', () => {
  it('accepts a real time zone and real dates', () => {
    expect(checkCalendar({ timezone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25', '2028-02-29'] })).toEqual(
      [],
    );
  });

  it('refuses what is not an IANA time zone, offsets included', () => {
    for (const timezone of ['Mars/Olympus_Mons', '', '+01:00', 'CET+1', '../etc']) {
      expect({ timezone, errors: checkCalendar({ timezone, workingDays: [1], holidays: [] }) }).toEqual({
        timezone,
        errors: [{ pointer: '/timezone', detail: 'must be an IANA time zone such as Europe/Amsterdam' }],
      });
    }
  });

  it('refuses dates that do not exist', () => {
    expect(checkCalendar({ timezone: 'UTC', workingDays: [1], holidays: ['2026-12-25', '2026-02-29', '2026-13-01'] })).toEqual([
      { pointer: '/holidays/1', detail: 'must be a calendar date as YYYY-MM-DD' },
      { pointer: '/holidays/2', detail: 'must be a calendar date as YYYY-MM-DD' },
    ]);
  });

  it('stores the canonical zone name, sorted days and each holiday once', () => {
    expect(
      normaliseCalendar({ timezone: 'europe/amsterdam', workingDays: [5, 1, 3, 1], holidays: ['2026-12-26', '2026-12-25', '2026-12-26'] }),
    ).toEqual({ timezone: 'Europe/Amsterdam', workingDays: [1, 3, 5], holidays: ['2026-12-25', '2026-12-26'] });
  });
});

describe('calendar dates', () => {
  it('add days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('number weekdays from Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });

  it('tell real dates from look-alikes', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });

  it('read the local date and minute of an instant', () => {
    expect(localDateTime(new Date('2026-06-30T22:30:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2026-07-01', minuteOfDay: 30 });
    expect(localDateTime(new Date('2026-06-30T23:59:00Z'), 'UTC')).toEqual({ date: '2026-06-30', minuteOfDay: 1439 });
    expect(localDateTime(new Date('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toEqual({ date: '2026-01-01', minuteOfDay: 330 });
  });

  it('read times of day, with or without seconds', () => {
    expect(minuteOfDay('00:00')).toBe(0);
    expect(minuteOfDay('14:30:00')).toBe(870);
    expect(() => minuteOfDay('24:00')).toThrow(RangeError);
  });

  it('canonicalise time zone names', () => {
    expect(canonicalTimeZone('europe/amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('Nowhere/Special')).toBeNull();
  });
});
