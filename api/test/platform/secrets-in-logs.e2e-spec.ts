import { givenFor } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/test-jobs.module';

describe('logs', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { LOG_LEVEL: 'trace' } });
  });
  afterAll(() => app.close());

  it('never contain passwords, tokens or keys, through every auth flow and its failures', async () => {
    const given = givenFor(app);
    const secrets: string[] = [];
    const customer = await given.customer();
    secrets.push(customer.password, customer.accessToken, customer.refreshToken);

    const wrong = 'wrong-password-123';
    secrets.push(wrong);
    await given.http.post('/store/auth/login', { body: { email: customer.email, password: wrong } });
    const refreshed = await given.http.post<{ accessToken: string; refreshToken: string }>('/store/auth/refresh', {
      body: { refreshToken: customer.refreshToken },
    });
    secrets.push(refreshed.body.accessToken, refreshed.body.refreshToken);
    await given.http.post('/store/auth/refresh', { body: { refreshToken: customer.refreshToken } }); // reuse: a 401 path
    await given.http.post('/store/me/password', {
      token: refreshed.body.accessToken,
      body: { currentPassword: customer.password, newPassword: 'the-next-password' },
    });
    secrets.push('the-next-password');

    await given.http.post('/store/auth/password-reset', { body: { email: customer.email } });
    let resetToken = '';
    await until(async () => {
      const [mail] = await app.db.manager.query(`SELECT text_body FROM mail_messages WHERE to_address = $1 AND status = 'sent'`, [
        customer.email,
      ]);
      resetToken = decodeURIComponent(/token=([A-Za-z0-9_%-]+)/.exec(mail?.text_body ?? '')?.[1] ?? '');
      return Boolean(resetToken);
    });
    secrets.push(resetToken);
    await given.http.post('/store/auth/password-reset/confirm', { body: { token: resetToken, newPassword: 'reset-password-999' } });
    secrets.push('reset-password-999');

    const owner = await given.staff('owner');
    secrets.push(owner.password, owner.accessToken, owner.refreshToken);
    const key = await given.apiKey(owner, ['staff:read']);
    secrets.push(key.secret);
    await given.http.get('/admin/staff', { token: key.secret });
    await given.http.get('/admin/staff', { token: `${key.secret}x` });
    await given.http.post('/store/auth/register', { raw: `{"email":"x@y.z","password":"${wrong}"` }); // malformed: the parser error quotes nothing

    const logs = app.logs.text;
    expect(logs).toContain('"url":"/store/auth/login"');
    expect(app.logs.lines.length).toBeGreaterThan(20);
    for (const secret of secrets) expect({ secret, logged: logs.includes(secret) }).toEqual({ secret, logged: false });
  });
});
