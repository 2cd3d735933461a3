import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenShipping, pointersOf, Problem, ZoneBody } from './given-shipping';

describe('shipping zones', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let shipping: ReturnType<typeof givenShipping>;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    staff = await given.staff('catalog');
    shipping = givenShipping(app, given, staff.accessToken);
  });
  afterAll(() => app.close());

  it('creates, lists, reads, changes and deletes a zone', async () => {
    const created = await given.http.post<ZoneBody>('/admin/shipping/zones', {
      token: staff.accessToken,
      body: {
        name: ' Randstad ',
        countries: ['NL'],
        regions: ['nl-nh', 'Zuid-Holland'],
        postcodePatterns: ['1000-1099', 'sw1a 1aa', '25 *'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Randstad',
      countries: ['NL'],
      regions: ['NL-NH', 'Zuid-Holland'],
      postcodePatterns: ['1000-1099', 'SW1A 1AA', '25*'],
      position: 0,
    });
    const id = created.body.id;

    const list = await given.http.get<{ items: ZoneBody[]; nextCursor: string | null }>('/admin/shipping/zones', {
      token: staff.accessToken,
    });
    expect(list.status).toBe(200);
    expect(list.body.items.map((z) => z.id)).toContain(id);

    expect((await given.http.get(`/admin/shipping/zones/${id}`, { token: staff.accessToken })).body).toMatchObject({ name: 'Randstad' });

    const changed = await given.http.patch<ZoneBody>(`/admin/shipping/zones/${id}`, {
      token: staff.accessToken,
      body: { name: 'Randstad West', postcodePatterns: [] },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Randstad West', regions: ['NL-NH', 'Zuid-Holland'], postcodePatterns: [] });

    expect((await given.http.delete(`/admin/shipping/zones/${id}`, { token: staff.accessToken })).status).toBe(204);
    expect((await given.http.get(`/admin/shipping/zones/${id}`, { token: staff.accessToken })).status).toBe(404);
    expect((await given.http.delete(`/admin/shipping/zones/${id}`, { token: staff.accessToken })).status).toBe(404);
  });

  it('names every bad code and pattern by pointer and writes nothing', async () => {
    const before = await shipping.count('shipping_zones');
    const answer = await given.http.post<Problem>('/admin/shipping/zones', {
      token: staff.accessToken,
      body: { name: 'Bad', countries: ['NL', 'nl', 'XX'], regions: ['DE-BY'], postcodePatterns: ['1099-1000', '7*5', '75*'] },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body.code).toBe('validation_failed');
    expect(answer.body.errors).toEqual([
      { pointer: '/countries/1', detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' },
      { pointer: '/countries/2', detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' },
      { pointer: '/regions/0', detail: "DE-BY lies in DE, which is not one of the zone's countries" },
      { pointer: '/postcodePatterns/0', detail: 'the start of a range must not be after its end' },
      { pointer: '/postcodePatterns/1', detail: 'may hold letters, digits, spaces and hyphens, and a * only at the end' },
    ]);
    expect(await shipping.count('shipping_zones')).toBe(before);
  });

  it('refuses a zone without countries, or with fields of the wrong type', async () => {
    const before = await shipping.count('shipping_zones');
    const empty = await given.http.post<Problem>('/admin/shipping/zones', {
      token: staff.accessToken,
      body: { name: 'None', countries: [] },
    });
    expect(empty.status).toBe(400);
    expect(pointersOf(empty.body)).toEqual(['/countries']);
    const typed = await given.http.post<Problem>('/admin/shipping/zones', {
      token: staff.accessToken,
      body: { name: 5, countries: 'NL', postcodePatterns: [1000], colour: 'red' },
    });
    expect(typed.status).toBe(400);
    expect(new Set(pointersOf(typed.body))).toEqual(new Set(['/name', '/countries', '/postcodePatterns', '/colour']));
    expect(await shipping.count('shipping_zones')).toBe(before);
  });

  it('checks a change against the whole zone, blaming the field that was sent', async () => {
    const zone = await shipping.zone({ name: 'Noord-Holland', countries: ['NL'], regions: ['NL-NH'] });
    const answer = await given.http.patch<Problem>(`/admin/shipping/zones/${zone.id}`, {
      token: staff.accessToken,
      body: { countries: ['BE'] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ pointer: '/countries', detail: "NL-NH lies in NL, which is not one of the zone's countries" }]);
    expect((await given.http.get(`/admin/shipping/zones/${zone.id}`, { token: staff.accessToken })).body).toMatchObject({
      countries: ['NL'],
    });
  });

  it('answers 404 for an unknown zone and 400 for a malformed id', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await given.http.patch(`/admin/shipping/zones/${unknown}`, { token: staff.accessToken, body: { name: 'x' } })).status).toBe(
      404,
    );
    const malformed = await given.http.get<Problem>('/admin/shipping/zones/not-a-uuid', { token: staff.accessToken });
    expect(malformed.status).toBe(400);
    expect(pointersOf(malformed.body)).toEqual(['/id']);
  });

  it('deletes the methods of a deleted zone', async () => {
    const zone = await shipping.zone({ name: 'Belgium', countries: ['BE'] });
    const other = await shipping.zone({ name: 'Luxembourg', countries: ['LU'] });
    await shipping.method(zone.id, { name: 'bpost' });
    await shipping.method(zone.id, { name: 'DPD', kind: 'express' });
    const kept = await shipping.method(other.id, { name: 'Post' });
    expect((await given.http.delete(`/admin/shipping/zones/${zone.id}`, { token: staff.accessToken })).status).toBe(204);
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM shipping_methods WHERE zone_id = $1`, [zone.id]);
    expect(count).toBe(0);
    expect((await given.http.get(`/admin/shipping/methods/${kept.id}`, { token: staff.accessToken })).status).toBe(200);
  });

  it('pages through zones in their order', async () => {
    const last = await shipping.zone({ name: 'Last', countries: ['FR'], position: 9000 });
    const first = await shipping.zone({ name: 'First', countries: ['FR'], position: 0 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await given.http.get<{ items: ZoneBody[]; nextCursor: string | null }>(`/admin/shipping/zones${query}`, {
        token: staff.accessToken,
      });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((z) => z.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.indexOf(first.id)).toBeLessThan(seen.indexOf(last.id));
    expect(seen.at(-1)).toBe(last.id);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('lets readers see zones but only shipping managers change them', async () => {
    const analyst = await given.staff('analyst');
    expect((await given.http.get('/admin/shipping/zones', { token: analyst.accessToken })).status).toBe(200);
    const refused = await given.http.post('/admin/shipping/zones', { token: analyst.accessToken, body: { name: 'X', countries: ['NL'] } });
    expect(refused.status).toBe(403);
  });

  it('tells shoppers the countries with an active method, and nothing about zones without one', async () => {
    const before = (await given.http.get<{ countries: string[] }>('/store/shipping/countries')).body.countries;
    const benelux = await shipping.zone({ name: 'Benelux for shoppers', countries: ['LU', 'BE'] });
    await shipping.zone({ name: 'Nordics, not yet served', countries: ['SE', 'FI'] });
    await shipping.method(benelux.id, { name: 'Benelux standard' });
    const after = await given.http.get<{ countries: string[] }>('/store/shipping/countries');
    expect(after.status).toBe(200);
    expect(after.body.countries).toEqual([...new Set([...before, 'BE', 'LU'])].sort());
    expect(after.body.countries).not.toContain('SE');
  });
});
