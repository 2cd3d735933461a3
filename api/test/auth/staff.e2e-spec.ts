import { givenFor, Given, Tokens } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

interface StaffBody {
  id: string;
  email: string;
  role: string;
  status: string;
}

describe('staff administration', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
  });
  afterAll(() => app.close());

  async function invitationToken(email: string): Promise<string> {
    for (let i = 0; i < 100; i++) {
      const [mail] = await app.db.manager.query(
        `SELECT text_body FROM mail_messages WHERE to_address = $1 AND template = 'staff-invite' ORDER BY created_at DESC LIMIT 1`,
        [email],
      );
      const token = mail && /token=([A-Za-z0-9_%-]+)/.exec(mail.text_body)?.[1];
      if (token) return decodeURIComponent(token);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no invitation for ${email}`);
  }

  it('invites a person who accepts, chooses a password and signs in', async () => {
    const owner = await given.staff('owner');
    const invited = await given.http.post<StaffBody>('/admin/staff', {
      token: owner.accessToken,
      body: { email: 'New.Person@Shop.test', name: 'New Person', role: 'fulfilment' },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'new.person@shop.test', role: 'fulfilment', status: 'invited' });

    const cannotSignIn = await given.http.post('/admin/auth/login', {
      body: { email: 'new.person@shop.test', password: 'anything-at-all' },
    });
    expect(cannotSignIn.status).toBe(401);

    const token = await invitationToken('new.person@shop.test');
    const accepted = await given.http.post<Tokens>('/admin/auth/accept-invite', { body: { token, password: 'my-own-password' } });
    expect(accepted.status).toBe(200);
    const me = await given.http.get('/admin/me', { token: accepted.body.accessToken });
    expect(me.body).toMatchObject({ email: 'new.person@shop.test', role: 'fulfilment', status: 'active' });
    expect(me.body.permissions).toContain('orders:fulfil');

    const twice = await given.http.post('/admin/auth/accept-invite', { body: { token, password: 'my-own-password' } });
    expect(twice.status).toBe(400);
  });

  it('refuses a second staff user with the same email', async () => {
    const owner = await given.staff('owner');
    const body = { email: 'twice@shop.test', name: 'Twice', role: 'support' };
    expect((await given.http.post('/admin/staff', { token: owner.accessToken, body })).status).toBe(201);
    const again = await given.http.post('/admin/staff', { token: owner.accessToken, body });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
  });

  it('resends an invitation with a new link and the old one stops working', async () => {
    const owner = await given.staff('owner');
    const invited = await given.http.post<StaffBody>('/admin/staff', {
      token: owner.accessToken,
      body: { email: 'resend@shop.test', name: 'R', role: 'analyst' },
    });
    const first = await invitationToken('resend@shop.test');
    expect((await given.http.post(`/admin/staff/${invited.body.id}/invitation`, { token: owner.accessToken })).status).toBe(202);
    const second = await invitationToken('resend@shop.test');
    expect(second).not.toBe(first);
    expect((await given.http.post('/admin/auth/accept-invite', { body: { token: first, password: 'whatever-password' } })).status).toBe(
      400,
    );
    expect((await given.http.post('/admin/auth/accept-invite', { body: { token: second, password: 'whatever-password' } })).status).toBe(
      200,
    );
  });

  it('changes a role, and deactivating ends that person’s sessions', async () => {
    const owner = await given.staff('owner');
    const support = await given.staff('support');
    const promoted = await given.http.patch<StaffBody>(`/admin/staff/${support.id}`, {
      token: owner.accessToken,
      body: { role: 'manager' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('manager');

    const deactivated = await given.http.patch<StaffBody>(`/admin/staff/${support.id}`, {
      token: owner.accessToken,
      body: { status: 'deactivated' },
    });
    expect(deactivated.body.status).toBe('deactivated');
    expect((await given.http.post('/admin/auth/refresh', { body: { refreshToken: support.refreshToken } })).status).toBe(401);
    expect((await given.http.post('/admin/auth/login', { body: { email: support.email, password: support.password } })).status).toBe(401);

    const back = await given.http.patch<StaffBody>(`/admin/staff/${support.id}`, { token: owner.accessToken, body: { status: 'active' } });
    expect(back.body.status).toBe('active');
    expect((await given.http.post('/admin/auth/login', { body: { email: support.email, password: support.password } })).status).toBe(200);
  });

  it('keeps at least one active owner and never lets people change their own access', async () => {
    await app.db.manager.query(`UPDATE staff_users SET status = 'deactivated' WHERE role = 'owner'`);
    const owner = await given.staff('owner');
    const self = await given.http.patch(`/admin/staff/${owner.id}`, { token: owner.accessToken, body: { role: 'analyst' } });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('cannot_change_own_access');

    const second = await given.staff('owner');
    const demoteOne = await given.http.patch(`/admin/staff/${second.id}`, { token: owner.accessToken, body: { role: 'manager' } });
    expect(demoteOne.status).toBe(200);
    await given.http.patch(`/admin/staff/${second.id}`, { token: owner.accessToken, body: { role: 'owner' } });
    // Two owners demoting each other at once: the row locks let one through, never both.
    const [a, b] = await Promise.all([
      given.http.patch(`/admin/staff/${second.id}`, { token: owner.accessToken, body: { status: 'deactivated' } }),
      given.http.patch(`/admin/staff/${owner.id}`, { token: second.accessToken, body: { status: 'deactivated' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [{ count }] = await app.db.manager.query(
      `SELECT count(*)::int AS count FROM staff_users WHERE role = 'owner' AND status = 'active'`,
    );
    expect(count).toBe(1);
  });

  it('refuses reactivating someone who never accepted, and unknown or malformed ids', async () => {
    const owner = await given.staff('owner');
    const invited = await given.http.post<StaffBody>('/admin/staff', {
      token: owner.accessToken,
      body: { email: 'pending@shop.test', name: 'P', role: 'support' },
    });
    await given.http.patch(`/admin/staff/${invited.body.id}`, { token: owner.accessToken, body: { status: 'deactivated' } });
    const reactivate = await given.http.patch(`/admin/staff/${invited.body.id}`, { token: owner.accessToken, body: { status: 'active' } });
    expect(reactivate.status).toBe(409);
    expect(reactivate.body.code).toBe('invite_pending');
    expect(
      (await given.http.patch('/admin/staff/00000000-0000-4000-8000-000000000000', { token: owner.accessToken, body: { name: 'x' } }))
        .status,
    ).toBe(404);
    const malformed = await given.http.patch('/admin/staff/not-a-uuid', { token: owner.accessToken, body: { name: 'x' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ pointer: '/id', detail: 'must be a UUID', location: 'path' }]);
  });

  it('lists staff in pages with a cursor', async () => {
    const owner = await given.staff('owner');
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = await given.http.get<{ items: StaffBody[]; nextCursor: string | null }>(`/admin/staff${query}`, {
        token: owner.accessToken,
      });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      for (const item of page.body.items) seen.add(item.id);
      cursor = page.body.nextCursor;
    } while (cursor);
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM staff_users`);
    expect(seen.size).toBe(count);
    expect((await given.http.get('/admin/staff?limit=101', { token: owner.accessToken })).status).toBe(400);
    expect((await given.http.get('/admin/staff?cursor=garbage', { token: owner.accessToken })).body.code).toBe('invalid_cursor');
  });
});
