import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Page, ProblemBody } from './stock-fixtures';

interface FullLocation extends LocationBody {
  country: string;
  region: string | null;
  city: string;
  postcode: string;
  addressLine: string;
  pickupEnabled: boolean;
  createdAt: string;
  updatedAt: string;
}

describe('stock locations', () => {
  let app: TestApp;
  let given: Given;
  let catalog: GivenStaff;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    catalog = await given.staff('catalog');
  });
  afterAll(() => app.close());

  const create = (body: Record<string, unknown>, token = catalog.accessToken) =>
    given.http.post<FullLocation & ProblemBody>('/admin/inventory/locations', { token, body });

  it('opens a location with its address, reads it back and lists it', async () => {
    const answer = await create({
      code: 'WH-NL',
      name: ' Warehouse Amsterdam ',
      country: 'nl',
      region: 'Noord-Holland',
      city: 'Amsterdam',
      postcode: '1011 AB',
      addressLine: 'Damrak 1',
      pickupEnabled: true,
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      code: 'WH-NL',
      name: 'Warehouse Amsterdam',
      country: 'NL',
      region: 'Noord-Holland',
      city: 'Amsterdam',
      postcode: '1011 AB',
      addressLine: 'Damrak 1',
      pickupEnabled: true,
      active: true,
    });
    const read = await given.http.get<FullLocation>(`/admin/inventory/locations/${answer.body.id}`, { token: catalog.accessToken });
    expect(read.body).toEqual(answer.body);
    const list = await given.http.get<Page<FullLocation>>('/admin/inventory/locations', { token: catalog.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.items.map((l) => l.code)).toContain('WH-NL');
  });

  it('fills in defaults for what was not given', async () => {
    const answer = await create({ code: 'SHOP-1', name: 'Shop', country: 'BE' });
    expect(answer.body).toMatchObject({ region: null, city: '', postcode: '', addressLine: '', pickupEnabled: false, active: true });
  });

  it('refuses a code that another location has, on create and on edit', async () => {
    await create({ code: 'DUP-1', name: 'One', country: 'DE' });
    const twice = await create({ code: 'DUP-1', name: 'Two', country: 'DE' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('location_code_taken');
    const other = await create({ code: 'DUP-2', name: 'Two', country: 'DE' });
    const rename = await given.http.patch<ProblemBody>(`/admin/inventory/locations/${other.body.id}`, {
      token: catalog.accessToken,
      body: { code: 'DUP-1' },
    });
    expect(rename.status).toBe(409);
    expect(rename.body.code).toBe('location_code_taken');
  });

  it('edits and deactivates a location, and clears the region with null', async () => {
    const { body: location } = await create({ code: 'EDIT-1', name: 'Old', country: 'FR', region: 'IDF' });
    const edited = await given.http.patch<FullLocation>(`/admin/inventory/locations/${location.id}`, {
      token: catalog.accessToken,
      body: { name: 'New', region: null, active: false, pickupEnabled: true },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: location.id, code: 'EDIT-1', name: 'New', region: null, active: false, pickupEnabled: true });
    expect(new Date(edited.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(location.updatedAt).getTime());
    const unchanged = await given.http.patch<FullLocation>(`/admin/inventory/locations/${location.id}`, {
      token: catalog.accessToken,
      body: {},
    });
    expect(unchanged.body).toEqual(edited.body);
  });

  it('pages through locations by code', async () => {
    for (const code of ['PG-A', 'PG-B', 'PG-C']) await create({ code, name: code, country: 'NL' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await given.http.get<Page<FullLocation>>(`/admin/inventory/locations${query}`, { token: catalog.accessToken });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((l) => l.code));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(['PG-A', 'PG-B', 'PG-C']));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const count = async () => (await app.db.manager.query(`SELECT count(*)::int AS n FROM stock_locations`))[0].n;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ code: 'wh-nl', name: 'x', country: 'NL' }, '/code'],
      [{ code: 'W', name: 'x', country: 'NL' }, '/code'],
      [{ code: 'WH-X1', name: '', country: 'NL' }, '/name'],
      [{ code: 'WH-X1', name: 'x', country: 'XX' }, '/country'],
      [{ code: 'WH-X1', name: 'x', country: 'NL', pickupEnabled: 'yes' }, '/pickupEnabled'],
      [{ code: 'WH-X1', name: 'x', country: 'NL', city: null }, '/city'],
      [{ code: 'WH-X1', name: 'x', country: 'NL', warehouseSize: 3 }, '/warehouseSize'],
      [{ code: 42, name: 'x', country: 'NL' }, '/code'],
    ];
    for (const [body, pointer] of cases) {
      const answer = await create(body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      expect(answer.body.errors?.map((e) => e.pointer)).toContain(pointer);
    }
    const { body: location } = await create({ code: 'BAD-1', name: 'x', country: 'NL' });
    const patch = await given.http.patch<ProblemBody>(`/admin/inventory/locations/${location.id}`, {
      token: catalog.accessToken,
      body: { active: null, name: 'y' },
    });
    expect(patch.status).toBe(400);
    expect(patch.body.errors?.[0].pointer).toBe('/active');
    const malformed = await given.http.patch<ProblemBody>('/admin/inventory/locations/not-a-uuid', {
      token: catalog.accessToken,
      body: {},
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ pointer: '/id', detail: 'must be a UUID', location: 'path' }]);
    const missing = await given.http.patch('/admin/inventory/locations/6f1c2f4e-0c51-4d0e-8a0a-3f7f7f2b9d10', {
      token: catalog.accessToken,
      body: {},
    });
    expect(missing.status).toBe(404);
    expect(await count()).toBe(before + 1);
  });

  it('lets people with inventory:manage write and those with inventory:read only read', async () => {
    const fulfilment = await given.staff('fulfilment');
    expect((await create({ code: 'PERM-1', name: 'x', country: 'NL' }, fulfilment.accessToken)).status).toBe(403);
    expect((await given.http.get('/admin/inventory/locations', { token: fulfilment.accessToken })).status).toBe(200);
    const support = await given.staff('support');
    expect((await given.http.get('/admin/inventory/locations', { token: support.accessToken })).status).toBe(403);
  });
});
