import { givenFor, Given, Tokens } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

describe('customer accounts', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    given = givenFor(app);
  });
  afterAll(() => app.close());

  it('registers, signs in and reads the profile', async () => {
    const register = await given.http.post<Tokens & { expiresIn: number; tokenType: string }>('/store/auth/register', {
      body: { email: '  Ada@Example.com ', password: 'analytical-engine', firstName: 'Ada', lastName: 'Lovelace' },
    });
    expect(register.status).toBe(201);
    expect(register.body).toMatchObject({ expiresIn: 900, tokenType: 'Bearer' });
    expect(register.body.refreshToken).toMatch(/^tp_rt_/);

    const login = await given.http.post<Tokens>('/store/auth/login', { body: { email: 'ada@example.com', password: 'analytical-engine' } });
    expect(login.status).toBe(200);
    const me = await given.http.get('/store/me', { token: login.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const customer = await given.customer();
    const again = await given.http.post('/store/auth/register', {
      body: { email: customer.email.toUpperCase(), password: 'another-password' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'email_taken', status: 409 });
    const [{ count }] = await app.db.manager.query(`SELECT count(*)::int AS count FROM customers WHERE email = $1`, [customer.email]);
    expect(count).toBe(1);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const customer = await given.customer();
    const wrong = await given.http.post('/store/auth/login', { body: { email: customer.email, password: 'not-the-password' } });
    const unknown = await given.http.post('/store/auth/login', { body: { email: 'nobody@example.com', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect(unknown.body.code).toBe('invalid_credentials');
  });

  it('validates sign-in input before checking credentials', async () => {
    const answer = await given.http.post('/store/auth/login', { body: { email: 'not-an-email', password: '', remember: true } });
    expect(answer.status).toBe(400);
    const pointers = (answer.body.errors as { pointer: string }[]).map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/email', '/password', '/remember']);
  });

  it('rotates refresh tokens and revokes the whole session when a spent one comes back', async () => {
    const customer = await given.customer();
    const first = await given.http.post<Tokens>('/store/auth/refresh', { body: { refreshToken: customer.refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(customer.refreshToken);

    const reuse = await given.http.post('/store/auth/refresh', { body: { refreshToken: customer.refreshToken } });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('refresh_token_reused');

    // The thief's replay ended the session: the legitimate newer token is dead too.
    const afterTheft = await given.http.post('/store/auth/refresh', { body: { refreshToken: first.body.refreshToken } });
    expect(afterTheft.status).toBe(401);
    expect(afterTheft.body.code).toBe('refresh_token_revoked');
  });

  it('stores refresh tokens only as digests', async () => {
    const customer = await given.customer();
    const rows: { token_hash: string }[] = await app.db.manager.query(`SELECT token_hash FROM refresh_tokens`);
    expect(rows.some((r) => r.token_hash.includes(customer.refreshToken))).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('signs out: the refresh token stops working, and signing out twice is fine', async () => {
    const customer = await given.customer();
    expect((await given.http.post('/store/auth/logout', { body: { refreshToken: customer.refreshToken } })).status).toBe(204);
    expect((await given.http.post('/store/auth/logout', { body: { refreshToken: customer.refreshToken } })).status).toBe(204);
    const refresh = await given.http.post('/store/auth/refresh', { body: { refreshToken: customer.refreshToken } });
    expect(refresh.status).toBe(401);
  });

  it('changes the password and ends the other sessions but not this one', async () => {
    const customer = await given.customer();
    const other = await given.http.post<Tokens>('/store/auth/login', { body: { email: customer.email, password: customer.password } });

    const wrong = await given.http.post('/store/me/password', {
      token: customer.accessToken,
      body: { currentPassword: 'wrong-password', newPassword: 'brand-new-password' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ pointer: '/currentPassword', detail: 'is wrong' }]);

    const changed = await given.http.post('/store/me/password', {
      token: customer.accessToken,
      body: { currentPassword: customer.password, newPassword: 'brand-new-password' },
    });
    expect(changed.status).toBe(204);
    expect((await given.http.post('/store/auth/refresh', { body: { refreshToken: other.body.refreshToken } })).status).toBe(401);
    expect((await given.http.post('/store/auth/refresh', { body: { refreshToken: customer.refreshToken } })).status).toBe(200);
    const login = await given.http.post('/store/auth/login', { body: { email: customer.email, password: 'brand-new-password' } });
    expect(login.status).toBe(200);
  });

  it('resets a forgotten password through an emailed one-time link', async () => {
    const customer = await given.customer();
    const asked = await given.http.post('/store/auth/password-reset', { body: { email: customer.email } });
    expect(asked.status).toBe(202);
    const unknown = await given.http.post('/store/auth/password-reset', { body: { email: 'nobody@example.com' } });
    expect(unknown.status).toBe(202);

    const mail = await waitForMail(app, customer.email);
    expect(mail.subject).toContain('Reset your');
    const token = /token=([A-Za-z0-9_%-]+)/.exec(mail.text_body)?.[1];
    expect(token).toBeDefined();

    const reset = await given.http.post('/store/auth/password-reset/confirm', {
      body: { token: decodeURIComponent(token!), newPassword: 'a-fresh-password' },
    });
    expect(reset.status).toBe(204);
    const again = await given.http.post('/store/auth/password-reset/confirm', {
      body: { token: decodeURIComponent(token!), newPassword: 'another-fresh-one' },
    });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('invalid_token');

    expect((await given.http.post('/store/auth/refresh', { body: { refreshToken: customer.refreshToken } })).status).toBe(401);
    const login = await given.http.post('/store/auth/login', { body: { email: customer.email, password: 'a-fresh-password' } });
    expect(login.status).toBe(200);
  });

  it('throttles repeated wrong passwords per account with 429 and Retry-After, even for the right one', async () => {
    const customer = await given.customer();
    const limit = app.config.auth.loginMaxFailuresPerAccount;
    for (let i = 0; i < limit; i++) {
      const answer = await given.http.post('/store/auth/login', { body: { email: customer.email, password: `wrong-guess-${i}` } });
      expect(answer.status).toBe(401);
    }
    const blocked = await given.http.post('/store/auth/login', { body: { email: customer.email, password: customer.password } });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('too_many_sign_in_attempts');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

async function waitForMail(app: TestApp, to: string): Promise<{ subject: string; text_body: string; status: string }> {
  for (let i = 0; i < 100; i++) {
    const rows = await app.db.manager.query(
      `SELECT subject, text_body, status FROM mail_messages WHERE to_address = $1 AND status = 'sent'`,
      [to],
    );
    if (rows.length) return rows[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail was sent to ${to}`);
}
