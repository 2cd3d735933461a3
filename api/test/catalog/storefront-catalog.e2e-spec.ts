import { givenFor, Given, GivenStaff } from '../support/given';
import { recordQueries } from '../support/query-recorder';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/test-jobs.module';

interface Card {
  handle: string;
  title: string;
  priceRange: { min: { amount: number }; max: { amount: number }; maxDiscountPercent: number };
  availability: { status: string };
  variants: { id: string; title: string; price: { amount: number }; wasPrice: { amount: number } | null; discountPercent: number }[];
}
interface Page {
  items: Card[];
  nextCursor: string | null;
}

describe('storefront catalog', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  const ids: Record<string, string> = {};

  const post = <T = Record<string, unknown>>(path: string, body: unknown) => given.http.post<T>(path, { token: staff.accessToken, body });
  const store = <T = Page>(path: string) => given.http.get<T>(path);

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    given = givenFor(app);
    staff = await given.staff('owner');
    const clothing = await post<{ id: string }>('/admin/categories', { name: 'Clothing' });
    const knitwear = await post<{ id: string }>('/admin/categories', { name: 'Knitwear', parentId: clothing.body.id });
    const shoes = await post<{ id: string }>('/admin/categories', { name: 'Shoes' });
    const winter = await post<{ id: string }>('/admin/collections', { title: 'Winter essentials', featured: true });
    Object.assign(ids, { clothing: clothing.body.id, knitwear: knitwear.body.id, shoes: shoes.body.id, winter: winter.body.id });
    const product = async (title: string, categoryId: string, prices: number[], extra: Record<string, unknown> = {}) => {
      const answer = await post<{ id: string }>('/admin/products', {
        title,
        status: 'active',
        categoryId,
        options: [{ name: 'Size', values: ['S', 'M', 'L'].slice(0, prices.length) }],
        variants: prices.map((amount, i) => ({
          sku: `${title.slice(0, 4).toUpperCase()}-${i}-${Math.random().toString(36).slice(2, 6)}`,
          options: { Size: ['S', 'M', 'L'][i] },
          prices: [{ amount, currency: 'EUR' }],
          trackInventory: false,
        })),
        ...extra,
      });
      if (answer.status !== 201) throw new Error(JSON.stringify(answer.body));
      ids[title] = answer.body.id;
    };
    await product('Merino Wool Crew Sweater', knitwear.body.id, [8900, 9900], {
      tags: ['merino', 'winter'],
      collectionIds: [winter.body.id],
    });
    await product('Cable Knit Cardigan', knitwear.body.id, [12900], { tags: ['winter'] });
    await product('Canvas Low Sneakers', shoes.body.id, [5900, 5900, 6500], { description: 'Everyday sneakers in organic cotton canvas.' });
    await product('Quilted Down Jacket', clothing.body.id, [19900], { tags: ['winter'], collectionIds: [winter.body.id] });
    await product('Linen Summer Shirt', clothing.body.id, [4900], { status: 'draft' } as never);
  });
  afterAll(() => app.close());

  it('lists active products only, newest first, with variants, prices and availability', async () => {
    const page = await store('/store/products');
    expect(page.status).toBe(200);
    expect(page.body.items.map((i) => i.title)).toEqual([
      'Quilted Down Jacket',
      'Canvas Low Sneakers',
      'Cable Knit Cardigan',
      'Merino Wool Crew Sweater',
    ]);
    const sneakers = page.body.items[1];
    expect(sneakers.priceRange).toMatchObject({ min: { amount: 5900 }, max: { amount: 6500 } });
    expect(sneakers.variants.map((v) => v.title)).toEqual(['S', 'M', 'L']);
    expect(sneakers.availability.status).toBe('in_stock');
    expect(page.headers.get('cache-control')).toContain('max-age=30');
  });

  it('pages with a cursor without repeating or skipping', async () => {
    const first = await store('/store/products?limit=3&sort=price_asc');
    const second = await store(`/store/products?limit=3&sort=price_asc&cursor=${first.body.nextCursor}`);
    const titles = [...first.body.items, ...second.body.items].map((i) => i.priceRange.min.amount);
    expect(titles).toEqual([5900, 8900, 12900, 19900]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('filters by category (with its subcategories), collection, price, tags and options', async () => {
    const titles = async (query: string) => (await store(`/store/products?${query}`)).body.items.map((i) => i.title).sort();
    expect(await titles('category=clothing')).toEqual(['Cable Knit Cardigan', 'Merino Wool Crew Sweater', 'Quilted Down Jacket']);
    expect(await titles('collection=winter-essentials')).toEqual(['Merino Wool Crew Sweater', 'Quilted Down Jacket']);
    expect(await titles('priceMin=6000&priceMax=13000')).toEqual(['Cable Knit Cardigan', 'Merino Wool Crew Sweater']);
    expect(await titles('tags=merino,winter')).toEqual(['Merino Wool Crew Sweater']);
    expect(await titles('options=Size:L')).toEqual(['Canvas Low Sneakers']);
    expect(await titles('options=Size:L,Size:M')).toEqual(['Canvas Low Sneakers', 'Merino Wool Crew Sweater']);
  });

  it('counts facets, each leaving its own filter out', async () => {
    const facets = await store<{
      total: number;
      options: { name: string; values: { value: string; count: number }[] }[];
      tags: { value: string; count: number }[];
      categories: { handle: string; count: number }[];
    }>('/store/products/facets?category=clothing&options=Size:M');
    expect(facets.body.total).toBe(1);
    expect(facets.body.options).toEqual([
      {
        name: 'Size',
        values: [
          { value: 'S', count: 3 },
          { value: 'M', count: 1 },
        ],
      },
    ]);
    expect(facets.body.categories).toEqual(expect.arrayContaining([{ handle: 'knitwear', name: 'Knitwear', count: 1 }]));
  });

  it('finds products despite typos and ranks the title match first', async () => {
    const search = async (q: string) => (await store(`/store/search?q=${encodeURIComponent(q)}`)).body.items.map((i) => i.title);
    expect(await search('sweter')).toEqual(['Merino Wool Crew Sweater']);
    expect(await search('snekers')).toEqual(['Canvas Low Sneakers']);
    expect((await search('merino'))[0]).toBe('Merino Wool Crew Sweater');
    expect(await search('cotton')).toEqual(['Canvas Low Sneakers']);
    const knit = await search('knit');
    expect(knit[0]).toBe('Cable Knit Cardigan');
    const suggestions = await store<{ products: { title: string }[]; categories: { handle: string }[] }>('/store/search/suggestions?q=kni');
    expect(suggestions.body.products.map((p) => p.title)).toContain('Cable Knit Cardigan');
    expect(suggestions.body.categories.map((c) => c.handle)).toContain('knitwear');
  });

  it('shows a product page with breadcrumbs, and 404 for drafts and unknown handles', async () => {
    const page = await store<Card & { breadcrumbs: { handle: string }[]; descriptionHtml: string }>(
      '/store/products/merino-wool-crew-sweater',
    );
    expect(page.status).toBe(200);
    expect(page.body.breadcrumbs.map((b) => b.handle)).toEqual(['clothing', 'knitwear']);
    expect((await store('/store/products/linen-summer-shirt')).status).toBe(404);
    expect((await store('/store/products/no-such-thing')).status).toBe(404);
    expect((await store('/store/products/Bad%20Handle')).status).toBe(400);
  });

  it('reads a listing page and a product page with one query each, whatever their size', async () => {
    const queries = recordQueries(app.db);
    try {
      const listing = await store('/store/products?limit=24&sort=price_asc&inStock=true');
      expect(listing.body.items.length).toBeGreaterThan(2);
      expect(listing.body.items.every((card) => card.variants.length > 0)).toBe(true);
      expect(queries.count('product_variants')).toBe(1);
      queries.clear();
      const page = await store<Card & { images: unknown[] }>('/store/products/canvas-low-sneakers');
      expect(page.body.variants).toHaveLength(3);
      expect(queries.count('products')).toBe(1);
    } finally {
      queries.restore();
    }
  });

  it('answers 304 when the ETag still matches', async () => {
    const first = await fetch(`${app.url}/store/products/cable-knit-cardigan`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // fetch adds Cache-Control: no-cache to conditional requests unless told otherwise; browsers revalidate with max-age=0.
    const again = await fetch(`${app.url}/store/products/cable-knit-cardigan`, {
      headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('applies the best of overlapping sales, shows the was-price, and reverts when a sale is deleted', async () => {
    const storeWide = await post<{ id: string }>('/admin/price-lists', {
      name: 'Everything 10%',
      status: 'active',
      discount: { type: 'percentage', percent: 10 },
      appliesTo: 'all',
    });
    expect(storeWide.status).toBe(201);
    const knitwear = await post<{ id: string }>('/admin/price-lists', {
      name: 'Knitwear 25%',
      status: 'active',
      discount: { type: 'percentage', percent: 25 },
      appliesTo: 'categories',
      targetIds: [ids.clothing],
    });
    const sweater = (await store<Card>('/store/products/merino-wool-crew-sweater')).body;
    expect(sweater.variants[0]).toMatchObject({ price: { amount: 6675 }, wasPrice: { amount: 8900 }, discountPercent: 25 });
    const sneakers = (await store<Card>('/store/products/canvas-low-sneakers')).body;
    expect(sneakers.variants[0]).toMatchObject({ price: { amount: 5310 }, wasPrice: { amount: 5900 }, discountPercent: 10 });
    const onSale = await store('/store/products?onSale=true');
    expect(onSale.body.items).toHaveLength(4);
    await given.http.delete(`/admin/price-lists/${knitwear.body.id}`, { token: staff.accessToken });
    await given.http.delete(`/admin/price-lists/${storeWide.body.id}`, { token: staff.accessToken });
    expect((await store<Card>('/store/products/merino-wool-crew-sweater')).body.variants[0]).toMatchObject({
      price: { amount: 8900 },
      wasPrice: null,
    });
  });

  it('starts and ends a scheduled sale on time, through queued jobs', async () => {
    const startsAt = new Date(Date.now() + 1500).toISOString();
    const endsAt = new Date(Date.now() + 3500).toISOString();
    const sale = await post<{ state: string }>('/admin/price-lists', {
      name: 'Flash sale',
      status: 'active',
      discount: { type: 'fixed', amount: { amount: 1000, currency: 'EUR' } },
      appliesTo: 'products',
      targetIds: [ids['Cable Knit Cardigan']],
      startsAt,
      endsAt,
    });
    expect(sale.body.state).toBe('scheduled');
    const price = async () => (await store<Card>('/store/products/cable-knit-cardigan')).body.variants[0].price.amount;
    expect(await price()).toBe(12900);
    await until(async () => (await price()) === 11900, 10_000);
    await until(async () => (await price()) === 12900, 10_000);
  });

  it('refuses bad sales with pointers', async () => {
    const answer = await post('/admin/price-lists', {
      name: 'x',
      discount: { type: 'fixed' },
      appliesTo: 'categories',
      targetIds: ['00000000-0000-4000-8000-000000000000'],
      startsAt: '2027-01-02T00:00:00Z',
      endsAt: '2027-01-01T00:00:00Z',
    });
    expect(answer.status).toBe(400);
    expect((answer.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual(['/discount/amount', '/endsAt', '/targetIds/0']);
  });

  it('refuses bad listing parameters with 400', async () => {
    for (const query of [
      'limit=0',
      'limit=500',
      'sort=cheapest',
      'priceMin=-1',
      'currency=eur',
      'options=Size',
      'cursor=garbage',
      'inStock=maybe',
    ]) {
      const answer = await store(`/store/products?${query}`);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
    }
  });
});
