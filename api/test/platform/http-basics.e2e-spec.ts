import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

describe('health, documentation and HTTP hygiene', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp({ env: { CORS_ORIGINS: 'https://shop.example,https://admin.example' } });
    given = givenFor(app);
  });
  afterAll(() => app.close());

  it('reports the database and Redis in /health', async () => {
    const answer = await given.http.get('/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'ok',
      mode: 'server',
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('serves Swagger UI and the same document that is committed', async () => {
    const ui = await fetch(`${app.url}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
    const live = await given.http.get('/docs/openapi.json');
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../openapi/openapi.json'), 'utf8'));
    expect(live.body).toEqual(committed);
  });

  it('sets security headers and no X-Powered-By', async () => {
    const answer = await fetch(`${app.url}/store/info`);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('strict-transport-security')).toBeTruthy();
    expect(answer.headers.get('x-powered-by')).toBeNull();
  });

  it('allows CORS from the configured origins only', async () => {
    const allowed = await fetch(`${app.url}/store/info`, { headers: { origin: 'https://shop.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const other = await fetch(`${app.url}/store/info`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${app.url}/admin/staff`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://admin.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://admin.example');
  });

  it('answers the store info for storefronts', async () => {
    const answer = await given.http.get('/store/info');
    expect(answer.body).toEqual({
      name: 'Tillpoint Demo Store',
      currency: 'EUR',
      country: 'NL',
      colour: '#0f766e',
      storefrontUrl: 'http://localhost:4321',
    });
  });
});
