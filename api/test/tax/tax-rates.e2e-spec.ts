import { calculateCartTotals } from '../../src/checkout/totals/cart-totals';
import { TaxRates } from '../../src/tax/tax-rates.service';
import { givenFor, Given, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

interface RateBody {
  id: string;
  country: string;
  region: string | null;
  name: string;
  percent: number;
  ratePpm: number;
  display: string;
  taxShipping: boolean;
}

interface Problem {
  code: string;
  errors?: { pointer: string; detail: string }[];
}

const pointersOf = (problem: Problem) => (problem.errors ?? []).map((e) => e.pointer);

describe('tax rates', () => {
  let app: TestApp;
  let given: Given;
  let owner: GivenStaff;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    owner = await given.staff('owner');
  });
  afterAll(() => app.close());

  const create = (body: Record<string, unknown>, token = owner.accessToken) =>
    given.http.post<RateBody & Problem>('/admin/tax-rates', { token, body });
  const rate = async (body: Record<string, unknown>) => {
    const answer = await create(body);
    if (answer.status !== 201) throw new Error(`rate: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const count = async () => (await app.db.manager.query(`SELECT count(*)::int AS n FROM tax_rates`))[0].n as number;

  it('creates, lists, reads, changes and deletes a rate', async () => {
    const created = await create({ country: 'FR', name: ' TVA 20 % ', percent: 20 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      country: 'FR',
      region: null,
      name: 'TVA 20 %',
      percent: 20,
      ratePpm: 200_000,
      display: 'inclusive',
      taxShipping: true,
    });
    const id = created.body.id;

    const list = await given.http.get<{ items: RateBody[] }>('/admin/tax-rates', { token: owner.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r) => r.id)).toContain(id);
    expect((await given.http.get(`/admin/tax-rates/${id}`, { token: owner.accessToken })).body).toMatchObject({ ratePpm: 200_000 });

    const changed = await given.http.patch<RateBody>(`/admin/tax-rates/${id}`, {
      token: owner.accessToken,
      body: { percent: 5.5, taxShipping: false },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'TVA 20 %', percent: 5.5, ratePpm: 55_000, taxShipping: false });

    expect((await given.http.delete(`/admin/tax-rates/${id}`, { token: owner.accessToken })).status).toBe(204);
    expect((await given.http.get(`/admin/tax-rates/${id}`, { token: owner.accessToken })).status).toBe(404);
    expect((await given.http.delete(`/admin/tax-rates/${id}`, { token: owner.accessToken })).status).toBe(404);
  });

  it('keeps a US rate to three decimals of a percent, exclusive by default', async () => {
    const nyc = await rate({ country: 'US', region: 'us-ny', name: 'New York City', percent: 8.875 });
    expect(nyc).toMatchObject({ region: 'US-NY', percent: 8.875, ratePpm: 88_750, display: 'exclusive' });
  });

  it('names every bad field by pointer and writes nothing', async () => {
    const before = await count();
    const shape = await create({ country: 5, name: '', percent: 101, display: 'sometimes', taxShipping: 'yes', colour: 'red' });
    expect(shape.status).toBe(400);
    expect(shape.headers.get('content-type')).toContain('application/problem+json');
    expect(new Set(pointersOf(shape.body))).toEqual(new Set(['/country', '/name', '/percent', '/display', '/taxShipping', '/colour']));
    const decimals = await create({ country: 'NL', name: 'x', percent: 8.12345 });
    expect(pointersOf(decimals.body)).toEqual(['/percent']);
    const meaning = await create({ country: 'nl', region: 'US-NY', name: 'Wrong', percent: 5 });
    expect(meaning.status).toBe(400);
    expect(meaning.body.errors).toEqual([
      { pointer: '/country', detail: 'must be an uppercase ISO 3166-1 alpha-2 country code such as NL' },
    ]);
    const elsewhere = await create({ country: 'DE', region: 'US-NY', name: 'Wrong', percent: 5 });
    expect(elsewhere.body.errors).toEqual([{ pointer: '/region', detail: 'US-NY lies in US, not in DE' }]);
    expect(await count()).toBe(before);
  });

  it('blames the changed field when a change makes a region leave its country', async () => {
    const ca = await rate({ country: 'US', region: 'US-CA', name: 'California', percent: 7.25 });
    const answer = await given.http.patch<Problem>(`/admin/tax-rates/${ca.id}`, { token: owner.accessToken, body: { country: 'MX' } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ pointer: '/country', detail: 'US-CA lies in US, not in MX' }]);
    expect((await given.http.get(`/admin/tax-rates/${ca.id}`, { token: owner.accessToken })).body).toMatchObject({ country: 'US' });
  });

  it('allows one rate per country and one per region, whatever the case', async () => {
    await rate({ country: 'AT', name: 'USt 20 %', percent: 20 });
    const again = await create({ country: 'AT', name: 'Again', percent: 10 });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'tax_rate_exists', errors: [{ pointer: '/country' }] });
    await rate({ country: 'AT', region: 'Jungholz', name: 'Jungholz', percent: 19 });
    const region = await create({ country: 'AT', region: 'JUNGHOLZ', name: 'Again', percent: 19 });
    expect(region.status).toBe(409);
    expect(region.body).toMatchObject({ code: 'tax_rate_exists', errors: [{ pointer: '/region' }] });
  });

  it('pages through the rates of a country, the country rate first', async () => {
    await rate({ country: 'CA', name: 'GST', percent: 5 });
    for (const [region, percent] of [
      ['CA-QC', 9.975],
      ['CA-ON', 8],
      ['CA-BC', 7],
    ] as const)
      await rate({ country: 'CA', region, name: region, percent });
    const seen: RateBody[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?country=CA&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await given.http.get<{ items: RateBody[]; nextCursor: string | null }>(`/admin/tax-rates${query}`, {
        token: owner.accessToken,
      });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((r) => r.region)).toEqual([null, 'CA-BC', 'CA-ON', 'CA-QC']);
    const bad = await given.http.get<Problem>('/admin/tax-rates?country=ca', { token: owner.accessToken });
    expect(bad.status).toBe(400);
    expect(pointersOf(bad.body)).toEqual(['/country']);
  });

  it('lets managers read rates but only setting managers change them', async () => {
    const manager = await given.staff('manager');
    const catalog = await given.staff('catalog');
    expect((await given.http.get('/admin/tax-rates', { token: manager.accessToken })).status).toBe(200);
    expect((await create({ country: 'IT', name: 'IVA', percent: 22 }, manager.accessToken)).status).toBe(403);
    expect((await given.http.get('/admin/tax-rates', { token: catalog.accessToken })).status).toBe(403);
    expect(
      (await call(app.url, 'PUT', '/admin/tax-settings', { token: manager.accessToken, body: { pricesIncludeTax: false } })).status,
    ).toBe(403);
  });

  describe('for a destination', () => {
    let taxRates: TaxRates;
    beforeAll(async () => {
      taxRates = app.app.get(TaxRates);
      await rate({ country: 'ES', name: 'IVA 21 %', percent: 21 });
      await rate({ country: 'ES', region: 'Canarias', name: 'IGIC 7 %', percent: 7, taxShipping: false });
    });

    it('lets the region rate win over the country rate, and falls back to the country', async () => {
      expect(await taxRates.forDestination({ country: 'ES', region: 'canarias' })).toMatchObject({
        ratePpm: 70_000,
        taxShipping: false,
        rateName: 'IGIC 7 %',
        pricesIncludeTax: true,
        display: 'inclusive',
      });
      expect(await taxRates.forDestination({ country: 'es', region: 'Madrid' })).toMatchObject({ ratePpm: 210_000, taxShipping: true });
      expect(await taxRates.forDestination({ country: 'ES' })).toMatchObject({ ratePpm: 210_000 });
    });

    it('charges no tax where the store has no rate', async () => {
      expect(await taxRates.forDestination({ country: 'JP', region: 'JP-13' })).toEqual({
        ratePpm: 0,
        pricesIncludeTax: true,
        display: 'inclusive',
        taxShipping: false,
        rateId: null,
        rateName: null,
      });
    });

    it('gives what the cart totals take, and follows the tax settings', async () => {
      const tax = await taxRates.forDestination({ country: 'ES' });
      const totals = calculateCartTotals({
        currency: 'EUR',
        lines: [{ lineId: 'a', unitPrice: 12100, wasUnitPrice: null, quantity: 1, taxable: true }],
        shipping: { amount: 0 },
        tax,
      });
      expect(totals).toMatchObject({ total: 12100, taxTotal: 2100, taxIncludedInPrices: true });
      const put = await call(app.url, 'PUT', '/admin/tax-settings', { token: owner.accessToken, body: { pricesIncludeTax: false } });
      expect(put.status).toBe(200);
      expect(await taxRates.forDestination({ country: 'JP' })).toMatchObject({ pricesIncludeTax: false, display: 'exclusive' });
      const after = await taxRates.forDestination({ country: 'ES' });
      expect(
        calculateCartTotals({
          currency: 'EUR',
          lines: [{ lineId: 'a', unitPrice: 10000, wasUnitPrice: null, quantity: 1, taxable: true }],
          shipping: null,
          tax: after,
        }),
      ).toMatchObject({
        total: 12100,
        taxTotal: 2100,
      });
      await call(app.url, 'PUT', '/admin/tax-settings', { token: owner.accessToken, body: { pricesIncludeTax: true } });
    });
  });
});
