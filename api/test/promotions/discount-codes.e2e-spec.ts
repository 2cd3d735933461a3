import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { CodeBody, givenDiscountCodes, pointersOf, Problem } from './given-discount-codes';

describe('discount codes', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let codes: ReturnType<typeof givenDiscountCodes>;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    staff = await given.staff('catalog');
    codes = givenDiscountCodes(app, given, staff.accessToken);
  });
  afterAll(() => app.close());

  it('creates, lists, reads, changes and deletes a code', async () => {
    const created = await codes.create({ code: 'Welcome10', kind: 'percentage', percent: 10 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'Welcome10',
      kind: 'percentage',
      percent: 10,
      amount: null,
      minimumSubtotal: null,
      usageLimit: null,
      usedCount: 0,
      active: true,
      state: 'running',
    });
    const id = created.body.id;

    const list = await given.http.get<{ items: CodeBody[] }>('/admin/discount-codes', { token: staff.accessToken });
    expect(list.body.items.map((c) => c.id)).toContain(id);
    const byCode = await given.http.get<{ items: CodeBody[] }>('/admin/discount-codes?code=WELCOME10', { token: staff.accessToken });
    expect(byCode.body.items.map((c) => c.id)).toEqual([id]);
    expect((await given.http.get(`/admin/discount-codes/${id}`, { token: staff.accessToken })).body).toMatchObject({ percent: 10 });

    const changed = await given.http.patch<CodeBody>(`/admin/discount-codes/${id}`, {
      token: staff.accessToken,
      body: {
        kind: 'fixed',
        amount: { amount: 500, currency: 'EUR' },
        minimumSubtotal: { amount: 2500, currency: 'EUR' },
        usageLimit: 100,
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      kind: 'fixed',
      percent: null,
      amount: { amount: 500, currency: 'EUR' },
      minimumSubtotal: { amount: 2500, currency: 'EUR' },
      usageLimit: 100,
    });
    const paused = await given.http.patch<CodeBody>(`/admin/discount-codes/${id}`, {
      token: staff.accessToken,
      body: { active: false, minimumSubtotal: null },
    });
    expect(paused.body).toMatchObject({
      active: false,
      state: 'inactive',
      minimumSubtotal: null,
      amount: { amount: 500, currency: 'EUR' },
    });

    expect((await given.http.delete(`/admin/discount-codes/${id}`, { token: staff.accessToken })).status).toBe(204);
    expect((await given.http.get(`/admin/discount-codes/${id}`, { token: staff.accessToken })).status).toBe(404);
    expect((await given.http.delete(`/admin/discount-codes/${id}`, { token: staff.accessToken })).status).toBe(404);
  });

  it('shows a scheduled and an ended code for what they are', async () => {
    const later = await codes.code({ code: 'NEXTYEAR', kind: 'free_shipping', startsAt: '2099-01-01T00:00:00Z' });
    const past = await codes.code({
      code: 'LASTYEAR',
      kind: 'free_shipping',
      startsAt: '2020-01-01T00:00:00Z',
      endsAt: '2020-02-01T00:00:00Z',
    });
    expect([later.state, past.state]).toEqual(['scheduled', 'ended']);
  });

  it('treats codes that differ only in case as one code', async () => {
    await codes.code({ code: 'Summer25', kind: 'percentage', percent: 25 });
    const before = await codes.count();
    const answer = await codes.create({ code: 'SUMMER25', kind: 'free_shipping' });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'discount_code_taken', errors: [{ pointer: '/code' }] });
    const other = await codes.code({ code: 'WINTER25', kind: 'free_shipping' });
    const rename = await given.http.patch<Problem>(`/admin/discount-codes/${other.id}`, {
      token: staff.accessToken,
      body: { code: 'summer25' },
    });
    expect(rename.status).toBe(409);
    expect(await codes.count()).toBe(before + 1);
  });

  it('names every bad field by pointer and writes nothing', async () => {
    const before = await codes.count();
    const shape = await codes.create({
      code: 'no spaces!',
      kind: 'half',
      percent: 200,
      usageLimit: 0,
      active: 'yes',
      startsAt: 'soon',
      extra: 1,
    });
    expect(shape.status).toBe(400);
    expect(shape.headers.get('content-type')).toContain('application/problem+json');
    expect(new Set(pointersOf(shape.body))).toEqual(
      new Set(['/code', '/kind', '/percent', '/usageLimit', '/active', '/startsAt', '/extra']),
    );
    const meaning = await codes.create({
      code: 'FIVEOFF',
      kind: 'fixed',
      percent: 5,
      amount: { amount: -500, currency: 'EUR' },
      minimumSubtotal: { amount: 2000, currency: 'USD' },
      startsAt: '2026-12-31T00:00:00Z',
      endsAt: '2026-12-01T00:00:00Z',
    });
    expect(meaning.status).toBe(400);
    expect(meaning.body.errors).toEqual([
      { pointer: '/percent', detail: 'must be absent for a fixed amount' },
      { pointer: '/amount/amount', detail: 'must be positive' },
      { pointer: '/minimumSubtotal/currency', detail: 'must be the currency of the amount, EUR' },
      { pointer: '/endsAt', detail: 'must be after startsAt' },
    ]);
    const nested = await codes.create({ code: 'BADMONEY', kind: 'fixed', amount: { amount: 1.5, currency: 'eur' } });
    expect(new Set(pointersOf(nested.body))).toEqual(new Set(['/amount/amount', '/amount/currency']));
    const missing = await codes.create({ code: 'NOVALUE', kind: 'percentage' });
    expect(missing.body.errors).toEqual([{ pointer: '/percent', detail: 'is required for a percentage' }]);
    expect(await codes.count()).toBe(before);
  });

  it('refuses a usage limit below the uses so far, and keeps the code as it was', async () => {
    const code = await codes.code({ code: 'LIMITED', kind: 'percentage', percent: 5, usageLimit: 10 });
    await app.db.manager.query(`UPDATE discount_codes SET used_count = 4 WHERE id = $1`, [code.id]);
    const answer = await given.http.patch<Problem>(`/admin/discount-codes/${code.id}`, {
      token: staff.accessToken,
      body: { usageLimit: 3 },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { pointer: '/usageLimit', detail: 'must be at least 4, the number of times the code has been used' },
    ]);
    expect((await given.http.get(`/admin/discount-codes/${code.id}`, { token: staff.accessToken })).body).toMatchObject({
      usageLimit: 10,
      usedCount: 4,
    });
  });

  it('pages through codes newest first', async () => {
    for (let i = 0; i < 5; i++) await codes.code({ code: `PAGE${i}`, kind: 'free_shipping' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : '?limit=2';
      const page = await given.http.get<{ items: CodeBody[]; nextCursor: string | null }>(`/admin/discount-codes${query}`, {
        token: staff.accessToken,
      });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((c) => c.code));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.filter((c) => c.startsWith('PAGE'))).toEqual(['PAGE4', 'PAGE3', 'PAGE2', 'PAGE1', 'PAGE0']);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('lets readers of the catalog see codes but only promotion managers change them', async () => {
    const code = await codes.code({ code: 'READONLY', kind: 'free_shipping' });
    for (const role of ['analyst', 'support', 'fulfilment'] as const) {
      const reader = await given.staff(role);
      expect((await given.http.get('/admin/discount-codes', { token: reader.accessToken })).status).toBe(200);
      expect((await codes.create({ code: `BY${role.toUpperCase()}`, kind: 'free_shipping' }, reader.accessToken)).status).toBe(403);
      expect(
        (await given.http.patch(`/admin/discount-codes/${code.id}`, { token: reader.accessToken, body: { active: false } })).status,
      ).toBe(403);
      expect((await given.http.delete(`/admin/discount-codes/${code.id}`, { token: reader.accessToken })).status).toBe(403);
    }
    expect((await given.http.get(`/admin/discount-codes/${code.id}`, { token: staff.accessToken })).body).toMatchObject({ active: true });
  });
});
