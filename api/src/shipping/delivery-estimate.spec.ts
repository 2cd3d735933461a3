import fc from 'fast-check';
import { isoWeekday, localDateTime } from './calendar-dates';
import { DeliveryTiming, estimateDelivery } from './delivery-estimate';
import type { ShippingCalendar } from './store-calendar';

const amsterdam: ShippingCalendar = { timezone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: [] };
const nextDay: DeliveryTiming = { handlingDays: 0, transitDaysMin: 1, transitDaysMax: 1, cutoffTime: '14:00' };

function estimate(
  now: string,
  method: Partial<DeliveryTiming> = {},
  calendar: Partial<ShippingCalendar> = {},
  readyFrom?: string | null,
): { earliest: string; latest: string } {
  return estimateDelivery({
    now: new Date(now),
    calendar: { ...amsterdam, ...calendar },
    method: { ...nextDay, ...method },
    readyFrom,
  });
}

// Amsterdam is UTC+1 in winter (CET) and UTC+2 in summer (CEST). 2026-11-30 is a Monday.
describe('estimateDelivery', () => {
  describe('the cut-off time', () => {
    it('starts handling today when ordered before the cut-off on a working day', () => {
      expect(estimate('2026-11-30T12:59:00Z', { transitDaysMin: 1, transitDaysMax: 2 })).toEqual({
        earliest: '2026-12-01',
        latest: '2026-12-02',
      });
    });

    it('counts the last second before the cut-off as before it', () => {
      expect(estimate('2026-11-30T12:59:59.999Z').earliest).toBe('2026-12-01');
    });

    it('starts on the next working day when ordered exactly at the cut-off', () => {
      expect(estimate('2026-11-30T13:00:00Z').earliest).toBe('2026-12-02');
    });

    it('starts on the next working day when ordered after the cut-off', () => {
      expect(estimate('2026-11-30T13:01:00Z', { transitDaysMin: 1, transitDaysMax: 2 })).toEqual({
        earliest: '2026-12-02',
        latest: '2026-12-03',
      });
    });

    it('reads a cut-off with seconds, as PostgreSQL returns a time', () => {
      expect(estimate('2026-11-30T12:59:00Z', { cutoffTime: '14:00:00' }).earliest).toBe('2026-12-01');
    });

    it('treats a midnight cut-off as always missed', () => {
      expect(estimate('2026-11-30T00:30:00Z', { cutoffTime: '00:00' }).earliest).toBe('2026-12-02');
    });
  });

  describe('handling and transit in working days', () => {
    it('adds handling days before transit', () => {
      // Monday morning, one day to pack: dispatched Tuesday, delivered Wednesday to Friday.
      expect(estimate('2026-11-30T09:00:00Z', { handlingDays: 1, transitDaysMin: 1, transitDaysMax: 3 })).toEqual({
        earliest: '2026-12-02',
        latest: '2026-12-04',
      });
    });

    it('delivers same day with zero handling and zero transit', () => {
      expect(estimate('2026-11-30T09:00:00Z', { transitDaysMin: 0, transitDaysMax: 0 })).toEqual({
        earliest: '2026-11-30',
        latest: '2026-11-30',
      });
    });

    it('skips the weekend in transit: Friday before the cut-off arrives Monday', () => {
      expect(estimate('2026-12-04T10:00:00Z')).toEqual({ earliest: '2026-12-07', latest: '2026-12-07' });
    });

    it('starts on Monday after a Friday past the cut-off, delivering Tuesday', () => {
      expect(estimate('2026-12-04T15:00:00Z')).toEqual({ earliest: '2026-12-08', latest: '2026-12-08' });
    });

    it('starts on Monday for an order placed at the weekend, whatever the hour', () => {
      expect(estimate('2026-12-05T08:00:00Z')).toEqual({ earliest: '2026-12-08', latest: '2026-12-08' });
      expect(estimate('2026-12-06T22:00:00Z')).toEqual({ earliest: '2026-12-08', latest: '2026-12-08' });
    });

    it('neither handles nor delivers on a holiday in the middle', () => {
      expect(estimate('2026-11-30T09:00:00Z', { transitDaysMin: 1, transitDaysMax: 2 }, { holidays: ['2026-12-02'] })).toEqual({
        earliest: '2026-12-01',
        latest: '2026-12-03',
      });
      expect(estimate('2026-11-30T09:00:00Z', { handlingDays: 1 }, { holidays: ['2026-12-01'] })).toEqual({
        earliest: '2026-12-03',
        latest: '2026-12-03',
      });
    });

    it('starts the day after when ordered on a holiday before the cut-off', () => {
      expect(estimate('2026-11-30T09:00:00Z', {}, { holidays: ['2026-11-30'] }).earliest).toBe('2026-12-02');
    });

    it('crosses the year end over Christmas and New Year', () => {
      // Thursday 24 December after the cut-off: Friday 25 is a holiday, so handling starts Monday 28.
      const holidays = ['2026-12-25', '2026-12-26', '2027-01-01'];
      expect(estimate('2026-12-24T14:00:00Z', { handlingDays: 1, transitDaysMin: 1, transitDaysMax: 3 }, { holidays })).toEqual({
        earliest: '2026-12-30',
        latest: '2027-01-04',
      });
    });

    it('honours working days other than Monday to Friday', () => {
      // A shop that works Tuesday to Saturday: an order on Saturday after the cut-off starts Tuesday.
      expect(estimate('2026-12-05T15:00:00Z', {}, { workingDays: [2, 3, 4, 5, 6] })).toEqual({
        earliest: '2026-12-09',
        latest: '2026-12-09',
      });
    });
  });

  describe('pickup', () => {
    it('is ready after handling, without transit', () => {
      expect(estimate('2026-11-30T09:00:00Z', { kind: 'pickup', handlingDays: 1, transitDaysMin: 2, transitDaysMax: 5 })).toEqual({
        earliest: '2026-12-01',
        latest: '2026-12-01',
      });
    });

    it('is ready on Monday after a Friday past the cut-off', () => {
      expect(estimate('2026-12-04T15:00:00Z', { kind: 'pickup' })).toEqual({ earliest: '2026-12-07', latest: '2026-12-07' });
    });
  });

  describe('items that are not ready yet', () => {
    it('starts handling on the expected date when it is later than today', () => {
      expect(estimate('2026-11-30T09:00:00Z', { handlingDays: 1, transitDaysMin: 1, transitDaysMax: 3 }, {}, '2026-12-10')).toEqual({
        earliest: '2026-12-14',
        latest: '2026-12-16',
      });
    });

    it('moves an expected date on a weekend or holiday to the next working day', () => {
      expect(estimate('2026-11-30T09:00:00Z', {}, {}, '2026-12-12')).toEqual({ earliest: '2026-12-15', latest: '2026-12-15' });
      expect(estimate('2026-11-30T09:00:00Z', {}, { holidays: ['2026-12-10'] }, '2026-12-10').earliest).toBe('2026-12-14');
    });

    it('ignores an expected date that has passed or is the start day itself', () => {
      const today = estimate('2026-11-30T09:00:00Z');
      expect(estimate('2026-11-30T09:00:00Z', {}, {}, '2026-11-01')).toEqual(today);
      expect(estimate('2026-11-30T09:00:00Z', {}, {}, '2026-11-30')).toEqual(today);
      expect(estimate('2026-11-30T09:00:00Z', {}, {}, null)).toEqual(today);
    });

    it('refuses an expected date that is not a date', () => {
      expect(() => estimate('2026-11-30T09:00:00Z', {}, {}, '2026-13-01')).toThrow(RangeError);
      expect(() => estimate('2026-11-30T09:00:00Z', {}, {}, '10 December')).toThrow(RangeError);
    });
  });

  describe('time zones', () => {
    it('uses the local date where it is already tomorrow in UTC terms (Auckland)', () => {
      // 20:00 UTC on Thursday 15 January is 09:00 on Friday 16 January in Auckland (UTC+13).
      expect(estimate('2026-01-15T20:00:00Z', {}, { timezone: 'Pacific/Auckland' })).toEqual({
        earliest: '2026-01-19',
        latest: '2026-01-19',
      });
    });

    it('uses the local date where it is still yesterday (Los Angeles)', () => {
      // 03:00 UTC on Friday 16 January is 19:00 on Thursday 15 January in Los Angeles (UTC-8).
      expect(estimate('2026-01-16T03:00:00Z', { cutoffTime: '20:00' }, { timezone: 'America/Los_Angeles' })).toEqual({
        earliest: '2026-01-16',
        latest: '2026-01-16',
      });
    });

    it('follows the spring change to summer time (Amsterdam, 29 March 2026)', () => {
      // Friday before: 12:30 UTC is 13:30 CET, before the cut-off. Monday after: 12:30 UTC is 14:30 CEST, after it.
      expect(estimate('2026-03-27T12:30:00Z').earliest).toBe('2026-03-30');
      expect(estimate('2026-03-30T12:30:00Z').earliest).toBe('2026-04-01');
    });

    it('follows the change on the Sunday itself for a shop that works every day', () => {
      const everyDay = { workingDays: [1, 2, 3, 4, 5, 6, 7] };
      expect(estimate('2026-03-29T11:30:00Z', {}, everyDay).earliest).toBe('2026-03-30'); // 13:30 CEST
      expect(estimate('2026-03-29T12:30:00Z', {}, everyDay).earliest).toBe('2026-03-31'); // 14:30 CEST
    });

    it('follows the autumn change back to winter time', () => {
      // Monday 26 October 2026: 12:30 UTC is 13:30 CET (it would be 14:30 in summer time).
      expect(estimate('2026-10-26T12:30:00Z').earliest).toBe('2026-10-27');
      // Friday 23 October, still summer time: 12:30 UTC is 14:30 CEST, after the cut-off.
      expect(estimate('2026-10-23T12:30:00Z').earliest).toBe('2026-10-27');
    });

    it('follows the United States change a few weeks earlier (New York, 8 March 2026)', () => {
      // Monday 9 March: 18:30 UTC is 14:30 EDT, after the cut-off (it would be 13:30 in standard time).
      expect(estimate('2026-03-09T18:30:00Z', {}, { timezone: 'America/New_York' }).earliest).toBe('2026-03-11');
    });
  });

  it('refuses a calendar without a single working day instead of looping forever', () => {
    expect(() => estimate('2026-11-30T09:00:00Z', {}, { workingDays: [] })).toThrow(RangeError);
  });

  it('always lands on working days, in order, never before the local order date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('Europe/Amsterdam', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (now, timezone, workingDays, handlingDays, transitA, transitB, pickup) => {
          const calendar = { timezone, workingDays, holidays: ['2026-12-25', '2027-01-01'] };
          const method: DeliveryTiming = {
            handlingDays,
            transitDaysMin: Math.min(transitA, transitB),
            transitDaysMax: Math.max(transitA, transitB),
            cutoffTime: '14:00',
            kind: pickup ? 'pickup' : 'standard',
          };
          const { earliest, latest } = estimateDelivery({ now, calendar, method });
          expect(earliest <= latest).toBe(true);
          expect(earliest >= localDateTime(now, timezone).date).toBe(true);
          for (const day of [earliest, latest]) {
            expect(workingDays).toContain(isoWeekday(day));
            expect(calendar.holidays).not.toContain(day);
          }
        },
      ),
    );
  });
});
