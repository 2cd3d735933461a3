import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LocationBody, Stock, stockFor } from './stock-fixtures';

/** The boundaries that matter for stock, one by one (route-permissions walks the whole matrix). */
describe('who may do what with stock', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let owner: GivenStaff;
  let north: LocationBody;
  let south: LocationBody;
  let variantId: string;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    stock = stockFor(app, given);
    owner = await given.staff('owner');
    north = await stock.location(owner.accessToken);
    south = await stock.location(owner.accessToken);
    [variantId] = (await given.product()).variantIds;
    await stock.receive(owner.accessToken, variantId, north.id, 100);
  });
  afterAll(() => app.close());

  const adjustment = () => ({ variantId, locationId: north.id, quantity: 1, reason: 'correction' });
  const transfer = () => ({ variantId, fromLocationId: north.id, toLocationId: south.id, quantity: 1 });
  const reads = ['/admin/inventory/levels', '/admin/inventory/movements', '/admin/inventory/locations'];

  it('lets fulfilment adjust and transfer stock, but not open locations', async () => {
    const fulfilment = await given.staff('fulfilment');
    expect((await stock.adjust(fulfilment.accessToken, adjustment())).status).toBe(201);
    expect((await stock.transfer(fulfilment.accessToken, transfer())).status).toBe(201);
    const location = await given.http.post('/admin/inventory/locations', {
      token: fulfilment.accessToken,
      body: { code: 'FUL-1', name: 'x', country: 'NL' },
    });
    expect(location.status).toBe(403);
  });

  it('lets an analyst read stock but change none of it', async () => {
    const analyst = await given.staff('analyst');
    for (const path of reads)
      expect({ path, status: (await given.http.get(path, { token: analyst.accessToken })).status }).toEqual({ path, status: 200 });
    const before = await stock.movementCount();
    expect((await stock.adjust(analyst.accessToken, adjustment())).status).toBe(403);
    expect((await stock.transfer(analyst.accessToken, transfer())).status).toBe(403);
    expect(
      (await given.http.patch(`/admin/inventory/locations/${north.id}`, { token: analyst.accessToken, body: { active: false } })).status,
    ).toBe(403);
    expect(await stock.movementCount()).toBe(before);
  });

  it('lets the catalog team manage locations', async () => {
    const catalog = await given.staff('catalog');
    const created = await given.http.post<LocationBody>('/admin/inventory/locations', {
      token: catalog.accessToken,
      body: { code: 'CAT-1', name: 'Catalog', country: 'NL' },
    });
    expect(created.status).toBe(201);
    const edited = await given.http.patch(`/admin/inventory/locations/${created.body.id}`, {
      token: catalog.accessToken,
      body: { name: 'Renamed' },
    });
    expect(edited.status).toBe(200);
  });

  it('keeps support out of inventory, reads included', async () => {
    const support = await given.staff('support');
    for (const path of reads)
      expect({ path, status: (await given.http.get(path, { token: support.accessToken })).status }).toEqual({ path, status: 403 });
    expect((await stock.adjust(support.accessToken, adjustment())).status).toBe(403);
  });

  it('holds API keys to their scopes', async () => {
    const reader = await given.apiKey(owner, ['inventory:read']);
    const adjuster = await given.apiKey(owner, ['inventory:adjust']);
    expect((await given.http.get('/admin/inventory/levels', { token: reader.secret })).status).toBe(200);
    expect((await stock.adjust(reader.secret, adjustment())).status).toBe(403);
    expect((await stock.adjust(adjuster.secret, adjustment())).status).toBe(201);
    expect((await given.http.get('/admin/inventory/levels', { token: adjuster.secret })).status).toBe(403);
  });

  it('answers 401 without credentials', async () => {
    expect((await given.http.get('/admin/inventory/levels')).status).toBe(401);
    expect((await stock.adjust('', adjustment())).status).toBe(401);
  });
});
