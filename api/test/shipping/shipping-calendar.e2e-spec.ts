import { givenFor, Given, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';
import { pointersOf, Problem } from './given-shipping';

interface CalendarBody {
  timezone: string;
  workingDays: number[];
  holidays: string[];
}

describe('shipping calendar', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    staff = await given.staff('catalog');
  });
  afterAll(() => app.close());

  const get = () => given.http.get<CalendarBody>('/admin/shipping/calendar', { token: staff.accessToken });
  // The shared client has no put(): the calendar is the first PUT route.
  const put = (body: unknown, token = staff.accessToken) =>
    call<CalendarBody & Problem>(app.url, 'PUT', '/admin/shipping/calendar', { token, body });

  it('starts as Monday to Friday in Amsterdam, without holidays', async () => {
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ timezone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5], holidays: [] });
  });

  it('replaces the calendar, storing it in canonical form', async () => {
    const answer = await put({
      timezone: 'europe/london',
      workingDays: [6, 1, 2, 3, 4, 5],
      holidays: ['2026-12-26', '2026-12-25', '2026-12-25'],
    });
    expect(answer.status).toBe(200);
    const expected = { timezone: 'Europe/London', workingDays: [1, 2, 3, 4, 5, 6], holidays: ['2026-12-25', '2026-12-26'] };
    expect(answer.body).toEqual(expected);
    expect((await get()).body).toEqual(expected);
    const [row] = await app.db.manager.query(`SELECT value FROM store_settings WHERE key = 'shipping'`);
    expect(row.value).toEqual(expected);
  });

  it('names each invalid field and keeps the calendar it had', async () => {
    await put({ timezone: 'Europe/Amsterdam', workingDays: [1, 2, 3, 4, 5] });
    const before = (await get()).body;
    const shape = await put({ timezone: 'Europe/Amsterdam', workingDays: [0, 8], holidays: ['25-12-2026'] });
    expect(shape.status).toBe(400);
    expect(new Set(pointersOf(shape.body))).toEqual(new Set(['/workingDays', '/holidays']));
    const meaning = await put({ timezone: 'Mars/Olympus_Mons', workingDays: [1], holidays: ['2026-12-25', '2026-02-30'] });
    expect(meaning.status).toBe(400);
    expect(meaning.body.errors).toEqual([
      { pointer: '/timezone', detail: 'must be an IANA time zone such as Europe/Amsterdam' },
      { pointer: '/holidays/1', detail: 'must be a calendar date as YYYY-MM-DD' },
    ]);
    const none = await put({ timezone: 'UTC', workingDays: [] });
    expect(pointersOf(none.body)).toEqual(['/workingDays']);
    expect((await put({})).status).toBe(400);
    expect((await get()).body).toEqual(before);
  });

  it('lets readers see the calendar but only shipping managers change it', async () => {
    const analyst = await given.staff('analyst');
    expect((await given.http.get('/admin/shipping/calendar', { token: analyst.accessToken })).status).toBe(200);
    const refused = await put({ timezone: 'UTC', workingDays: [1] }, analyst.accessToken);
    expect(refused.status).toBe(403);
  });
});
