import { createHmac } from 'node:crypto';
import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function sign(claims: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('tokens and permissions', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
  });
  afterAll(() => app.close());

  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a request with no credentials on protected routes', async () => {
    const store = await given.http.get('/store/me');
    const admin = await given.http.get('/admin/staff');
    expect([store.status, admin.status]).toEqual([401, 401]);
    expect(store.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a token signed with another secret', async () => {
    const owner = await given.staff('owner');
    const forged = sign(
      { sub: owner.id, typ: 'staff', sid: 'x', aud: 'admin', iss: 'tillpoint', exp: now() + 600 },
      'not-our-secret-000000000000000000',
    );
    const answer = await given.http.get('/admin/me', { token: forged });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('invalid_token');
  });

  it('refuses an expired token with a code that tells the client to refresh', async () => {
    const owner = await given.staff('owner');
    const expired = sign(
      { sub: owner.id, typ: 'staff', sid: 'x', aud: 'admin', iss: 'tillpoint', exp: now() - 10 },
      app.config.auth.jwtSecret,
    );
    const answer = await given.http.get('/admin/me', { token: expired });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('token_expired');
  });

  it('refuses alg: none, even with claims that would otherwise pass', async () => {
    const owner = await given.staff('owner');
    const claims = { sub: owner.id, typ: 'staff', sid: 'x', aud: 'admin', iss: 'tillpoint', exp: now() + 600 };
    const none = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    expect((await given.http.get('/admin/me', { token: none })).status).toBe(401);
  });

  it('refuses a token whose algorithm is not HS256', async () => {
    const owner = await given.staff('owner');
    const claims = { sub: owner.id, typ: 'staff', sid: 'x', aud: 'admin', iss: 'tillpoint', exp: now() + 600 };
    const hs512 = `${base64url({ alg: 'HS512', typ: 'JWT' })}.${base64url(claims)}`;
    const token = `${hs512}.${createHmac('sha512', app.config.auth.jwtSecret).update(hs512).digest('base64url')}`;
    expect((await given.http.get('/admin/me', { token })).status).toBe(401);
  });

  it('answers 403 to a customer token on an admin route, and to a staff token on a customer route', async () => {
    const customer = await given.customer();
    const owner = await given.staff('owner');
    const adminWithCustomer = await given.http.get('/admin/staff', { token: customer.accessToken });
    expect(adminWithCustomer.status).toBe(403);
    expect(adminWithCustomer.body.code).toBe('wrong_token_audience');
    const storeWithStaff = await given.http.get('/store/me', { token: owner.accessToken });
    expect(storeWithStaff.status).toBe(403);
  });

  it('answers 403 to a staff role without the permission', async () => {
    const analyst = await given.staff('analyst');
    const answer = await given.http.post('/admin/staff', {
      token: analyst.accessToken,
      body: { email: 'x@y.z', name: 'X', role: 'support' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('missing_permission');
    expect((await given.http.get('/admin/staff', { token: analyst.accessToken })).status).toBe(200);
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM staff_users WHERE email = 'x@y.z'`);
    expect(count).toBe(0);
  });

  it('answers 403 to an API key outside its scopes', async () => {
    const owner = await given.staff('owner');
    const key = await given.apiKey(owner, ['staff:read']);
    expect((await given.http.get('/admin/staff', { token: key.secret })).status).toBe(200);
    const outside = await given.http.get('/admin/jobs', { token: key.secret });
    expect(outside.status).toBe(403);
    expect(outside.body.code).toBe('missing_scope');
  });

  it('refuses API keys on staff-only routes and unknown or revoked keys everywhere', async () => {
    const owner = await given.staff('owner');
    const key = await given.apiKey(owner, ['staff:read']);
    expect((await given.http.get('/admin/me', { token: key.secret })).status).toBe(403);
    expect((await given.http.get('/admin/staff', { token: 'tp_sk_made-up-key' })).status).toBe(401);
    expect((await given.http.delete(`/admin/api-keys/${key.id}`, { token: owner.accessToken })).status).toBe(204);
    expect((await given.http.get('/admin/staff', { token: key.secret })).status).toBe(401);
  });

  it('stops an expired API key', async () => {
    const owner = await given.staff('owner');
    const key = await given.apiKey(owner, ['staff:read'], { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    expect((await given.http.get('/admin/staff', { token: key.secret })).status).toBe(200);
    await app.db.manager.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [key.id]);
    expect((await given.http.get('/admin/staff', { token: key.secret })).status).toBe(401);
  });

  it('locks a deactivated staff member out at once, before the access token expires', async () => {
    const support = await given.staff('support');
    expect((await given.http.get('/admin/me', { token: support.accessToken })).status).toBe(200);
    await app.db.manager.query(`UPDATE staff_users SET status = 'deactivated' WHERE id = $1`, [support.id]);
    const answer = await given.http.get('/admin/me', { token: support.accessToken });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe('account_inactive');
  });

  it('applies a role change on the next request', async () => {
    const person = await given.staff('analyst');
    expect((await given.http.get('/admin/jobs', { token: person.accessToken })).status).toBe(403);
    await app.db.manager.query(`UPDATE staff_users SET role = 'manager' WHERE id = $1`, [person.id]);
    expect((await given.http.get('/admin/jobs', { token: person.accessToken })).status).toBe(200);
  });
});
