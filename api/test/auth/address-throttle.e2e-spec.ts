import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

describe('sign-in throttling per address', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_FAILURES_PER_IP: '3' } });
    given = givenFor(app);
  });
  afterAll(() => app.close());

  const attempt = (address: string, email: string) =>
    given.http.post('/admin/auth/login', { body: { email, password: 'a-wrong-guess' }, headers: { 'x-forwarded-for': address } });

  it('counts failures per shopper address forwarded by a trusted proxy (the storefront), across accounts', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('203.0.113.7', `victim-${i}@shop.test`)).status).toBe(401);
    const blocked = await attempt('203.0.113.7', 'someone-else@shop.test');
    expect(blocked.status).toBe(429);
    expect(blocked.body.detail).toContain('from this address');
    // Another shopper behind the same storefront is not punished for the first one's guesses.
    expect((await attempt('198.51.100.20', 'someone-else@shop.test')).status).toBe(401);
  });
});
