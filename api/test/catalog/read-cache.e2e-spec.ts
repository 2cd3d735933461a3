import { Client } from 'pg';
import { FEED_APPLICATION_NAME } from '../../src/platform/read-cache/catalog-change-feed.service';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/test-jobs.module';

interface Page {
  items: { handle: string; variants: { id: string; price: { amount: number } }[] }[];
}

describe('cached storefront reads', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let product: { id: string; handle: string; variantId: string };
  const listing = '/store/products?limit=5';

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });
  const priceShown = async () => ((await (await get(listing)).json()) as Page).items.find((p) => p.handle === product.handle)?.variants[0];

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { READ_CACHE_MB: '8' } });
    given = givenFor(app);
    staff = await given.staff('owner');
    const created = await given.http.post<{ id: string; handle: string; variants: { id: string }[] }>('/admin/products', {
      token: staff.accessToken,
      body: {
        title: 'Cached Crew Sweater',
        status: 'active',
        variants: [{ sku: 'CACHED-1', prices: [{ amount: 5000, currency: 'EUR' }] }],
      },
    });
    product = { id: created.body.id, handle: created.body.handle, variantId: created.body.variants[0].id };
    await until(
      async () =>
        (
          await app.db.manager.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`, [
            FEED_APPLICATION_NAME,
          ])
        ).length === 1,
    );
  });
  afterAll(() => app.close());

  it('answers a repeated anonymous read from the cache, with the same body and ETag, and 304 on a match', async () => {
    const first = await get(listing);
    const second = await get(listing);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    const revalidated = await get(listing, { 'if-none-match': first.headers.get('etag')!, 'cache-control': 'max-age=0' });
    expect(revalidated.status).toBe(304);
  });

  it('never shares an answer to a request that says who is asking, nor an error', async () => {
    const signedIn = await get(listing, { authorization: `Bearer ${staff.accessToken}` });
    expect(signedIn.headers.get('x-cache')).toBeNull();
    await get('/store/products/no-such-product');
    const missing = await get('/store/products/no-such-product');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-cache')).toBe('MISS');
  });

  it('shows a staff price change at once', async () => {
    await get(listing);
    const changed = await given.http.patch(`/admin/products/${product.id}/variants/${product.variantId}`, {
      token: staff.accessToken,
      body: { prices: [{ amount: 4200, currency: 'EUR' }] },
    });
    expect(changed.status).toBe(200);
    const after = await get(listing);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(((await after.json()) as Page).items.find((p) => p.handle === product.handle)?.variants[0].price.amount).toBe(4200);
  });

  it('drops what a change from another connection made stale, as soon as PostgreSQL notifies', async () => {
    expect((await priceShown())?.price.amount).toBe(4200);
    expect((await get(listing)).headers.get('x-cache')).toBe('HIT');
    const other = new Client({ connectionString: app.config.database.url });
    await other.connect();
    try {
      await other.query(`UPDATE variant_current_prices SET amount = 3900 WHERE variant_id = $1`, [product.variantId]);
    } finally {
      await other.end();
    }
    await until(async () => (await priceShown())?.price.amount === 3900, 3_000);
  });

  it('bypasses the cache while the change feed is lost, and resumes when it reconnects', async () => {
    await get(listing);
    expect((await get(listing)).headers.get('x-cache')).toBe('HIT');
    await app.db.manager.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
      [FEED_APPLICATION_NAME],
    );
    await until(async () => (await get(listing)).headers.get('x-cache') === null, 3_000);
    await until(async () => (await get(listing)).headers.get('x-cache') === 'HIT', 5_000);
  });
});
