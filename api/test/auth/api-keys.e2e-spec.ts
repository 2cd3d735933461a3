import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

describe('API keys', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
  });
  afterAll(() => app.close());

  it('shows the secret once, stores only a digest, and lists keys without it', async () => {
    const owner = await given.staff('owner');
    const created = await given.http.post<{ id: string; secret: string; prefix: string; scopes: string[] }>('/admin/api-keys', {
      token: owner.accessToken,
      body: { name: 'ERP sync', scopes: ['orders:read', 'catalog:read'] },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^tp_sk_[A-Za-z0-9_-]{43}$/);
    expect(created.body.secret.startsWith(created.body.prefix)).toBe(true);
    expect(created.body.scopes).toEqual(['catalog:read', 'orders:read']);

    const list = await given.http.get<{ items: Record<string, unknown>[] }>('/admin/api-keys', { token: owner.accessToken });
    const listed = list.body.items.find((k) => k.id === created.body.id)!;
    expect(listed).toMatchObject({ name: 'ERP sync', lastUsedAt: null, revokedAt: null });
    expect(listed).not.toHaveProperty('secret');
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);

    const [row] = await app.db.manager.query(`SELECT secret_hash FROM api_keys WHERE id = $1`, [created.body.id]);
    expect(row.secret_hash).not.toContain(created.body.secret.slice(6));
  });

  it('records when a key was last used', async () => {
    const owner = await given.staff('owner');
    const key = await given.apiKey(owner, ['staff:read']);
    expect((await given.http.get('/admin/staff', { token: key.secret })).status).toBe(200);
    let lastUsed: Date | null = null;
    for (let i = 0; i < 50 && !lastUsed; i++) {
      [{ last_used_at: lastUsed }] = await app.db.manager.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [key.id]);
      if (!lastUsed) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(lastUsed).toBeInstanceOf(Date);
  });

  it('refuses scopes nobody may give a key and scopes the creator lacks', async () => {
    const owner = await given.staff('owner');
    const manager = await given.staff('manager');
    const forbidden = await given.http.post('/admin/api-keys', {
      token: owner.accessToken,
      body: { name: 'k', scopes: ['staff:manage', 'api-keys:manage'] },
    });
    expect(forbidden.status).toBe(400);
    expect(forbidden.body.errors).toEqual([
      { pointer: '/scopes/0', detail: 'staff:manage cannot be given to a key' },
      { pointer: '/scopes/1', detail: 'api-keys:manage cannot be given to a key' },
    ]);
    const notHeld = await given.http.post('/admin/api-keys', {
      token: manager.accessToken,
      body: { name: 'k', scopes: ['settings:manage'] },
    });
    expect(notHeld.status).toBe(400);
    expect(notHeld.body.errors).toEqual([{ pointer: '/scopes/0', detail: 'you do not have settings:manage yourself' }]);
    const unknown = await given.http.post('/admin/api-keys', { token: owner.accessToken, body: { name: 'k', scopes: ['everything'] } });
    expect(unknown.status).toBe(400);
    const past = await given.http.post('/admin/api-keys', {
      token: owner.accessToken,
      body: { name: 'k', scopes: ['staff:read'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.body.errors).toEqual([{ pointer: '/expiresAt', detail: 'must be in the future' }]);
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM api_keys WHERE name = 'k'`);
    expect(count).toBe(0);
  });

  it('lets only people, not keys, create keys', async () => {
    const owner = await given.staff('owner');
    const key = await given.apiKey(owner, ['api-keys:read']);
    expect((await given.http.get('/admin/api-keys', { token: key.secret })).status).toBe(200);
    expect((await given.http.post('/admin/api-keys', { token: key.secret, body: { name: 'x', scopes: ['staff:read'] } })).status).toBe(403);
  });

  it('revokes at once, idempotently, and answers 404 for an unknown key', async () => {
    const owner = await given.staff('owner');
    const key = await given.apiKey(owner, ['staff:read']);
    expect((await given.http.delete(`/admin/api-keys/${key.id}`, { token: owner.accessToken })).status).toBe(204);
    expect((await given.http.delete(`/admin/api-keys/${key.id}`, { token: owner.accessToken })).status).toBe(204);
    expect((await given.http.get('/admin/staff', { token: key.secret })).status).toBe(401);
    expect((await given.http.delete('/admin/api-keys/00000000-0000-4000-8000-000000000000', { token: owner.accessToken })).status).toBe(
      404,
    );
  });
});
