import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { LevelBody, LocationBody, MovementBody, Page, ProblemBody, Stock, stockFor } from './stock-fixtures';

describe('stock levels and the movement history', () => {
  let app: TestApp;
  let given: Given;
  let stock: Stock;
  let staff: GivenStaff;
  let analyst: GivenStaff;
  let north: LocationBody;
  let south: LocationBody;
  let tee: { id: string; variantIds: string[] };
  let mug: { id: string; variantIds: string[] };

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    stock = stockFor(app, given);
    staff = await given.staff('catalog');
    analyst = await given.staff('analyst');
    north = await stock.location(staff.accessToken, { name: 'North' });
    south = await stock.location(staff.accessToken, { name: 'South' });
    tee = await given.product({
      variants: [
        { sku: 'LV-TEE-S', lowStockThreshold: 5 },
        { sku: 'LV-TEE-M', lowStockThreshold: 5 },
        { sku: 'LV-TEE-L', lowStockThreshold: 0, trackInventory: false },
      ],
    });
    mug = await given.product({ variants: [{ sku: 'LV-MUG', lowStockThreshold: 0 }] });
    await stock.receive(staff.accessToken, tee.variantIds[0], north.id, 20); // S north: 20, not low
    await stock.receive(staff.accessToken, tee.variantIds[0], south.id, 5); // S south: 5, low (at the threshold)
    await stock.receive(staff.accessToken, tee.variantIds[1], north.id, 2); // M north: 2, low
    await stock.receive(staff.accessToken, tee.variantIds[2], north.id, 1); // L north: untracked, never low
    await stock.receive(staff.accessToken, mug.variantIds[0], south.id, 1);
    await stock.adjust(staff.accessToken, { variantId: mug.variantIds[0], locationId: south.id, quantity: -1, reason: 'damaged' }); // mug: 0, low at threshold 0
  });
  afterAll(() => app.close());

  const levels = async (query = '') => {
    const answer = await given.http.get<Page<LevelBody>>(`/admin/inventory/levels${query}`, { token: analyst.accessToken });
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const movements = async (query = '') => {
    const answer = await given.http.get<Page<MovementBody>>(`/admin/inventory/movements${query}`, { token: analyst.accessToken });
    expect(answer.status).toBe(200);
    return answer.body;
  };

  it('lists levels by SKU then location, each with its product, variant and location named', async () => {
    const page = await levels();
    const skus = page.items.map((l) => l.sku);
    expect(skus).toEqual(['LV-MUG', 'LV-TEE-L', 'LV-TEE-M', 'LV-TEE-S', 'LV-TEE-S']);
    const s = page.items.filter((l) => l.sku === 'LV-TEE-S');
    expect(s.map((l) => l.locationId)).toEqual([north.id, south.id].sort());
    expect(page.items.find((l) => l.sku === 'LV-TEE-M')).toEqual({
      variantId: tee.variantIds[1],
      sku: 'LV-TEE-M',
      productId: tee.id,
      productTitle: expect.stringContaining('Product'),
      variantTitle: 'Default',
      locationId: north.id,
      locationName: 'North',
      onHand: 2,
      reserved: 0,
      available: 2,
      lowStockThreshold: 5,
      low: true,
      updatedAt: expect.any(String),
    });
    expect(page.nextCursor).toBeNull();
  });

  it('filters by variant, product and location', async () => {
    expect((await levels(`?variantId=${tee.variantIds[0]}`)).items.map((l) => l.locationId)).toEqual([north.id, south.id].sort());
    expect((await levels(`?productId=${mug.id}`)).items.map((l) => l.sku)).toEqual(['LV-MUG']);
    expect((await levels(`?locationId=${north.id}`)).items.map((l) => l.sku)).toEqual(['LV-TEE-L', 'LV-TEE-M', 'LV-TEE-S']);
    expect((await levels(`?productId=${tee.id}&locationId=${south.id}`)).items.map((l) => l.sku)).toEqual(['LV-TEE-S']);
  });

  it('finds the low levels: at or below the threshold, tracked only, zero flagged even with a threshold of 0', async () => {
    const low = await levels('?lowStock=true');
    expect(low.items.map((l) => `${l.sku}@${l.locationName}`)).toEqual(['LV-MUG@South', 'LV-TEE-M@North', 'LV-TEE-S@South']);
    expect(low.items.every((l) => l.low)).toBe(true);
    const rest = await levels('?lowStock=false');
    expect(rest.items.map((l) => `${l.sku}@${l.locationName}`)).toEqual(['LV-TEE-L@North', 'LV-TEE-S@North']);
    expect(rest.items.some((l) => l.low)).toBe(false);
  });

  it('pages through levels with a cursor, each level once', async () => {
    const all = (await levels()).items.map((l) => `${l.variantId}/${l.locationId}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<LevelBody> = await levels(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((l) => `${l.variantId}/${l.locationId}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('shows the ledger newest first with who, why, the SKU and the location', async () => {
    const page = await movements(`?variantId=${mug.variantIds[0]}`);
    expect(page.items).toEqual([
      expect.objectContaining({
        kind: 'adjusted',
        reason: 'damaged',
        onHandDelta: -1,
        sku: 'LV-MUG',
        locationName: 'South',
        actor: { type: 'staff', id: staff.id },
      }),
      expect.objectContaining({
        kind: 'received',
        reason: 'received',
        onHandDelta: 1,
        reservedDelta: 0,
        reference: { type: 'adjustment', id: expect.any(String) },
      }),
    ]);
    expect(Number(page.items[0].id)).toBeGreaterThan(Number(page.items[1].id));
    expect(new Date(page.items[0].createdAt).getTime()).toBeGreaterThan(0);
  });

  it('filters the ledger by location and kind, and pages it by id', async () => {
    expect((await movements(`?locationId=${north.id}`)).items.map((m) => m.sku)).toEqual(['LV-TEE-L', 'LV-TEE-M', 'LV-TEE-S']);
    expect((await movements('?kind=adjusted')).items.map((m) => m.sku)).toEqual(['LV-MUG']);
    expect((await movements(`?kind=received&locationId=${south.id}`)).items.map((m) => m.sku)).toEqual(['LV-MUG', 'LV-TEE-S']);
    const all = (await movements()).items.map((m) => m.id);
    expect(all).toHaveLength(6);
    const first = await movements('?limit=4');
    const second = await movements(`?limit=4&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((m) => m.id)).toEqual(all);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses bad filters and cursors with a 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['/admin/inventory/levels?variantId=nope', '/variantId'],
      ['/admin/inventory/levels?lowStock=yes', '/lowStock'],
      ['/admin/inventory/levels?limit=1000', '/limit'],
      ['/admin/inventory/levels?cursor=garbage', '/cursor'],
      [`/admin/inventory/levels?cursor=${Buffer.from(JSON.stringify(['A', 'not-a-uuid'])).toString('base64url')}`, '/cursor'],
      ['/admin/inventory/levels?warehouse=1', '/warehouse'],
      ['/admin/inventory/movements?kind=stolen', '/kind'],
      ['/admin/inventory/movements?locationId=1', '/locationId'],
      [`/admin/inventory/movements?cursor=${Buffer.from(JSON.stringify(['1; DROP TABLE'])).toString('base64url')}`, '/cursor'],
      [`/admin/inventory/movements?cursor=${Buffer.from(JSON.stringify([12])).toString('base64url')}`, '/cursor'],
    ];
    for (const [path, pointer] of cases) {
      const answer = await given.http.get<ProblemBody>(path, { token: analyst.accessToken });
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.body.errors?.map((e) => e.pointer)).toContain(pointer);
    }
  });

  it('keeps inventory out of reach of support', async () => {
    const support = await given.staff('support');
    expect((await given.http.get('/admin/inventory/levels', { token: support.accessToken })).status).toBe(403);
    expect((await given.http.get('/admin/inventory/movements', { token: support.accessToken })).status).toBe(403);
  });
});
