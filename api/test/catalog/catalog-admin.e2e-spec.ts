import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

interface ProductBody {
  id: string;
  handle: string;
  status: string;
  descriptionHtml: string;
  variants: {
    id: string;
    sku: string;
    title: string;
    prices: { amount: number; currency: string }[];
    currentPrices: { amount: number }[];
  }[];
}

describe('catalog administration', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('catalog');
  });
  afterAll(() => app.close());

  const post = <T = Record<string, unknown>>(path: string, body: unknown) => given.http.post<T>(path, { token: staff.accessToken, body });
  const patch = <T = Record<string, unknown>>(path: string, body: unknown) => given.http.patch<T>(path, { token: staff.accessToken, body });

  const sweater = (sku: string) => ({
    title: 'Merino Crew Sweater',
    description: 'Soft **merino** wool. <script>alert(1)</script>',
    status: 'active',
    tags: ['Merino', 'winter'],
    options: [
      { name: 'Size', values: ['S', 'M', 'L'] },
      { name: 'Colour', values: ['Navy', 'Grey'] },
    ],
    variants: [
      { sku: `${sku}-NVY-S`, options: { Size: 'S', Colour: 'Navy' }, prices: [{ amount: 8900, currency: 'EUR' }], weightGrams: 400 },
      { sku: `${sku}-NVY-M`, options: { Size: 'M', Colour: 'Navy' }, prices: [{ amount: 8900, currency: 'EUR', compareAtAmount: 9900 }] },
    ],
  });

  it('creates a product with options, variants and prices, rendering its description safely', async () => {
    const created = await post<ProductBody>('/admin/products', sweater('MER'));
    expect(created.status).toBe(201);
    expect(created.body.handle).toBe('merino-crew-sweater');
    expect(created.body.descriptionHtml).toContain('<strong>merino</strong>');
    expect(created.body.descriptionHtml).not.toContain('<script');
    expect(created.body.variants.map((v) => v.title)).toEqual(['S / Navy', 'M / Navy']);
    expect(created.body.variants[0].currentPrices).toEqual([{ amount: 8900, currency: 'EUR' }]);

    const again = await post<ProductBody>('/admin/products', sweater('MER2'));
    expect(again.body.handle).toBe('merino-crew-sweater-2');
  });

  it('refuses incoherent variants, naming each problem, and writes nothing', async () => {
    const before = (await app.db.manager.query('SELECT count(*)::int AS n FROM products'))[0].n;
    const body = sweater('BAD');
    body.variants = [
      { sku: 'BAD-1', options: { Size: 'XL', Colour: 'Navy' }, prices: [{ amount: 100, currency: 'EUR' }] },
      { sku: 'BAD-1', options: { Size: 'S', Colour: 'Navy' }, prices: [{ amount: -5, currency: 'eur' }] },
    ] as never;
    const answer = await post('/admin/products', body);
    expect(answer.status).toBe(400);
    const pointers = (answer.body.errors as { pointer: string }[]).map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/variants/1/prices/0/amount', '/variants/1/prices/0/currency']));
    const semantic = await post('/admin/products', {
      ...sweater('BAD'),
      variants: [
        { sku: 'BAD-1', options: { Size: 'XL', Colour: 'Navy' } },
        { sku: 'bad-1', options: { Size: 'S', Colour: 'Navy' } },
      ],
    });
    expect(semantic.status).toBe(400);
    expect((semantic.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual(['/variants/0/options/Size', '/variants/1/sku']);
    expect((await app.db.manager.query('SELECT count(*)::int AS n FROM products'))[0].n).toBe(before);
  });

  it('refuses a SKU that another product uses, with a pointer', async () => {
    await post('/admin/products', sweater('DUP'));
    const answer = await post('/admin/products', {
      ...sweater('OTHER'),
      title: 'Other',
      variants: [{ sku: 'DUP-NVY-S', prices: [] }],
      options: [],
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      code: 'sku_taken',
      errors: [{ pointer: '/variants/0/sku', detail: 'is used by another variant' }],
    });
  });

  it('adds, edits and removes variants; keeps at least one', async () => {
    const product = (await post<ProductBody>('/admin/products', sweater('VAR'))).body;
    const added = await post<ProductBody>(`/admin/products/${product.id}/variants`, {
      sku: 'VAR-GRY-L',
      options: { Size: 'L', Colour: 'Grey' },
      prices: [{ amount: 9900, currency: 'EUR' }],
    });
    expect(added.status).toBe(201);
    expect(added.body.variants).toHaveLength(3);
    const repeated = await post(`/admin/products/${product.id}/variants`, { sku: 'VAR-X', options: { Size: 'L', Colour: 'Grey' } });
    expect(repeated.status).toBe(400);
    const newVariant = added.body.variants.find((v) => v.sku === 'VAR-GRY-L')!;
    const edited = await patch<ProductBody>(`/admin/products/${product.id}/variants/${newVariant.id}`, {
      prices: [{ amount: 7900, currency: 'EUR' }],
      lowStockThreshold: 2,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.variants.find((v) => v.id === newVariant.id)!.currentPrices).toEqual([{ amount: 7900, currency: 'EUR' }]);
    for (const variant of edited.body.variants.slice(0, 2)) {
      expect((await given.http.delete(`/admin/products/${product.id}/variants/${variant.id}`, { token: staff.accessToken })).status).toBe(
        200,
      );
    }
    const last = await given.http.delete(`/admin/products/${product.id}/variants/${newVariant.id}`, { token: staff.accessToken });
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('last_variant');
  });

  it('archives and bulk-changes status and prices', async () => {
    const a = (await post<ProductBody>('/admin/products', sweater('BLK-A'))).body;
    const b = (await post<ProductBody>('/admin/products', sweater('BLK-B'))).body;
    const archived = await patch<ProductBody>(`/admin/products/${a.id}`, { status: 'archived' });
    expect(archived.body.status).toBe('archived');
    const bulk = await post<{ updated: number }>('/admin/products/bulk', {
      productIds: [a.id, b.id],
      action: 'adjust_prices',
      percent: -10,
      currency: 'EUR',
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body.updated).toBe(4);
    const reread = await given.http.get<ProductBody>(`/admin/products/${b.id}`, { token: staff.accessToken });
    expect(reread.body.variants[0].prices[0].amount).toBe(8010);
    expect(reread.body.variants[0].currentPrices[0].amount).toBe(8010);
    const missing = await post('/admin/products/bulk', { productIds: [a.id], action: 'set_status' });
    expect(missing.status).toBe(400);
  });

  it('manages a category tree and refuses cycles and deleting a category in use', async () => {
    const clothing = await post<{ id: string }>('/admin/categories', { name: 'Clothing' });
    const knitwear = await post<{ id: string; handle: string }>('/admin/categories', { name: 'Knitwear', parentId: clothing.body.id });
    expect(knitwear.body.handle).toBe('knitwear');
    const cycle = await patch(`/admin/categories/${clothing.body.id}`, { parentId: knitwear.body.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.code).toBe('category_cycle');
    await post('/admin/products', { ...sweater('CAT'), categoryId: knitwear.body.id });
    const list = await given.http.get<{ id: string; productCount: number }[]>('/admin/categories', { token: staff.accessToken });
    expect(list.body.find((c) => c.id === clothing.body.id)!.productCount).toBe(1);
    expect((await given.http.delete(`/admin/categories/${knitwear.body.id}`, { token: staff.accessToken })).status).toBe(409);
    const duplicate = await post('/admin/categories', { name: 'Knitwear' });
    expect(duplicate.status).toBe(409);
  });

  it('lists and searches products for staff, by title or SKU', async () => {
    await post('/admin/products', { ...sweater('FIND'), title: 'Findable Scarf' });
    const byTitle = await given.http.get<{ items: { title: string }[] }>('/admin/products?q=findable', { token: staff.accessToken });
    expect(byTitle.body.items.map((i) => i.title)).toEqual(['Findable Scarf']);
    const bySku = await given.http.get<{ items: { title: string }[] }>('/admin/products?q=FIND-NVY', { token: staff.accessToken });
    expect(bySku.body.items.map((i) => i.title)).toEqual(['Findable Scarf']);
  });
});
