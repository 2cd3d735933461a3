import { createHmac } from 'node:crypto';
import { createClient, idempotent, idempotencyKey, isProblemError, paginate, pages, ProblemError, type TokenPair } from '../src/index.js';

const baseUrl = process.env.TILLPOINT_TEST_API_URL!;
const owner = { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' };

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

/** A token the server signed, but already expired: what a client holds after a coffee break. */
function expiredCopy(token: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const claims = { ...claimsOf(token), exp: Math.floor(Date.now() / 1000) - 5 };
  const unsigned = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${unsigned}.${createHmac('sha256', process.env.TILLPOINT_TEST_JWT_SECRET!).update(unsigned).digest('base64url')}`;
}

describe('the SDK against a live API', () => {
  it('signs staff in and returns typed bodies', async () => {
    const tp = createClient({ baseUrl });
    await tp.signIn('admin', owner);
    const me = await tp.adminGetMe();
    expect(me).toMatchObject({ email: owner.email, role: 'owner' });
    expect(me.permissions).toContain('staff:manage');
  });

  it('throws typed problem details with per-field errors', async () => {
    const tp = createClient({ baseUrl });
    const error = await tp.storeRegister({ body: { email: 'not-an-email', password: 'short' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect(isProblemError(error, 'validation_failed')).toBe(true);
    const problem = error as ProblemError;
    expect(problem.status).toBe(400);
    expect(problem.fieldError('/email')).toBe('must be an email address');
    expect(problem.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refreshes an expired access token before the request, and reports the new pair', async () => {
    const seen: (TokenPair | null)[] = [];
    const signedIn = createClient({ baseUrl });
    const tokens = await signedIn.signIn('admin', owner);
    const tp = createClient({
      baseUrl,
      tokens: { ...tokens, accessToken: expiredCopy(tokens.accessToken) },
      onTokens: (t) => seen.push(t),
    });
    expect((await tp.adminGetMe()).email).toBe(owner.email);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.refreshToken).not.toBe(tokens.refreshToken);
  });

  it('refreshes once and replays when the server refuses a token, however many requests wait', async () => {
    const seen: (TokenPair | null)[] = [];
    const tokens = await createClient({ baseUrl }).signIn('admin', owner);
    const forged = tokens.accessToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const tp = createClient({ baseUrl, tokens: { ...tokens, accessToken: forged }, onTokens: (t) => seen.push(t) });
    const results = await Promise.all([tp.adminGetMe(), tp.adminListRoles(), tp.adminListStaff()]);
    expect(results[0].email).toBe(owner.email);
    expect(seen).toHaveLength(1);
  });

  it('signs out: the session ends on the server and the client forgets it', async () => {
    const seen: (TokenPair | null)[] = [];
    const tp = createClient({ baseUrl, onTokens: (t) => seen.push(t) });
    const tokens = await tp.signIn('store', { email: 'ada@example.com', password: 'shopper-demo' });
    expect((await tp.storeGetMe()).firstName).toBe('Ada');
    await tp.signOut();
    expect(tp.tokens).toBeNull();
    expect(seen.at(-1)).toBeNull();
    const refresh = await tp.storeRefreshToken({ body: { refreshToken: tokens.refreshToken } }).catch((e: unknown) => e);
    expect(isProblemError(refresh, 'refresh_token_revoked')).toBe(true);
  });

  it('works with an API key, within its scopes', async () => {
    const staff = createClient({ baseUrl });
    await staff.signIn('admin', owner);
    const key = await staff.adminCreateApiKey({ body: { name: 'sdk test', scopes: ['staff:read'] } });
    const integrator = createClient({ baseUrl, apiKey: key.secret });
    expect((await integrator.adminListStaff()).items.length).toBeGreaterThan(0);
    const outside = await integrator.adminListApiKeys().catch((e: unknown) => e);
    expect(isProblemError(outside, 'missing_scope')).toBe(true);
  });

  it('iterates over every item of every page', async () => {
    const tp = createClient({ baseUrl });
    await tp.signIn('admin', owner);
    const all = await tp.adminListStaff({ query: { limit: 100 } });
    const seen: string[] = [];
    for await (const person of paginate(tp.adminListStaff, { query: { limit: 2 } })) seen.push(person.id);
    expect(seen).toEqual(all.items.map((s) => s.id));
    let count = 0;
    for await (const page of pages(tp.adminListStaff, { query: { limit: 2 } })) {
      expect(page.items.length).toBeLessThanOrEqual(2);
      count += 1;
    }
    expect(count).toBe(Math.ceil(all.items.length / 2));
  });

  it('makes idempotency keys and headers', () => {
    expect(idempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idempotencyKey()).not.toBe(idempotencyKey());
    expect(idempotent('key-1')).toEqual({ 'Idempotency-Key': 'key-1' });
  });

  it('reaches public routes without credentials', async () => {
    const tp = createClient({ baseUrl });
    expect(await tp.storeGetInfo()).toMatchObject({ currency: 'EUR' });
    expect(await tp.getHealth()).toMatchObject({ status: 'ok', mode: 'server' });
  });
});
