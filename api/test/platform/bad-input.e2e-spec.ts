import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

describe('bad input', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp({ env: { BODY_LIMIT: '10kb' } });
    given = givenFor(app);
  });
  afterAll(() => app.close());

  const customers = async () => (await app.db.manager.query(`SELECT count(*)::int AS count FROM customers`))[0].count as number;

  it('answers malformed JSON with 400 problem details and writes nothing', async () => {
    const before = await customers();
    const answer = await given.http.post('/store/auth/register', { raw: '{"email": "a@b.c", "password": ' });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ type: '/problems/malformed-json', title: 'Bad request', status: 400, code: 'malformed_json' });
    expect(await customers()).toBe(before);
  });

  it('names unknown fields and wrongly typed ones, and writes nothing', async () => {
    const before = await customers();
    const answer = await given.http.post('/store/auth/register', {
      body: { email: 'typed@example.com', password: 12345678901, firstName: ['Ada'], isAdmin: true },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('validation_failed');
    const byPointer = Object.fromEntries((answer.body.errors as { pointer: string; detail: string }[]).map((e) => [e.pointer, e.detail]));
    expect(Object.keys(byPointer).sort()).toEqual(['/firstName', '/isAdmin', '/password']);
    expect(byPointer['/isAdmin']).toBe('is not an allowed field');
    expect(await customers()).toBe(before);
  });

  it('refuses bodies that are not JSON objects', async () => {
    for (const raw of ['[]', '"text"', '42', 'null']) {
      const answer = await given.http.post('/store/auth/register', { raw });
      expect({ raw, status: answer.status }).toEqual({ raw, status: 400 });
    }
  });

  it('answers an oversized body with 413', async () => {
    const answer = await given.http.post('/store/auth/register', { body: { email: 'big@example.com', password: 'x'.repeat(20_000) } });
    expect(answer.status).toBe(413);
    expect(answer.body.code).toBe('payload_too_large');
  });

  it('answers a too long password with 400 before hashing it', async () => {
    const answer = await given.http.post('/store/auth/register', { body: { email: 'long@example.com', password: 'x'.repeat(201) } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ pointer: '/password', detail: 'must be shorter than or equal to 200 characters' }]);
  });

  it('names bad query parameters with their location', async () => {
    const owner = await given.staff('owner');
    const answer = await given.http.get('/admin/staff?limit=abc&sort=name', { token: owner.accessToken });
    expect(answer.status).toBe(400);
    const errors = answer.body.errors as { pointer: string; location: string }[];
    expect(errors.map((e) => e.pointer).sort()).toEqual(['/limit', '/limit', '/limit', '/sort']);
    expect(errors.every((e) => e.location === 'query')).toBe(true);
  });

  it('answers unknown routes with a 404 problem and echoes the request id', async () => {
    const answer = await given.http.get('/store/nothing-here', { headers: { 'x-request-id': 'test-request-123' } });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'route_not_found', instance: 'test-request-123' });
    expect(answer.headers.get('x-request-id')).toBe('test-request-123');
  });

  it('ignores an unsafe incoming request id and makes its own', async () => {
    const answer = await given.http.get('/health', { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
