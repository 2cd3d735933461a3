import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createHttpApp, HttpApp } from '../../src/bootstrap/http-app';
import { loadConfig } from '../../src/platform/config/app-config';
import { client, HttpClient } from '../support/http';
import { LogCapture } from '../support/log-capture';
import { until } from '../support/test-jobs.module';

/** The whole API on embedded PGlite, as `npm start` runs it: no PostgreSQL server, no Redis. */
describe('embedded mode', () => {
  let dir: string;
  let running: HttpApp;
  let http: HttpClient;

  async function start(): Promise<void> {
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'warn', ARGON2_MEMORY_KIB: '4096', OUTBOX_POLL_MS: '100' });
    running = await createHttpApp(config, new LogCapture());
    await running.app.listen(0, '127.0.0.1');
    const address = (running.app.getHttpServer() as Server).address();
    http = client(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
  }

  // The first start migrates a fresh PGlite and loads the demo catalog: slow on a busy 2-core machine.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tp-embedded-'));
    await start();
  }, 120_000);
  afterAll(async () => {
    await running.app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers health in embedded mode with demo data loaded', async () => {
    const health = await http.get('/health');
    expect(health.body).toEqual({ status: 'ok', mode: 'embedded', checks: { database: { status: 'up', latencyMs: expect.any(Number) } } });
    const login = await http.post('/admin/auth/login', { body: { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' } });
    expect(login.status).toBe(200);
  });

  it('isolates concurrent transactions: ten registrations of one email make one account', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () =>
        http.post('/store/auth/register', { body: { email: 'race@example.com', password: 'same-password-1' } }),
      ),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it('runs queued jobs in-process: a reset email reaches the local outbox staff read', async () => {
    await http.post('/store/auth/password-reset', { body: { email: 'ada@example.com' } });
    const owner = await http.post<{ accessToken: string }>('/admin/auth/login', {
      body: { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' },
    });
    let mail: { items: { to: string; status: string; transport: string }[] } = { items: [] };
    await until(async () => {
      mail = (await http.get<typeof mail>('/admin/mail?to=ada@example.com', { token: owner.body.accessToken })).body;
      return mail.items.some((m) => m.status === 'sent');
    });
    expect(mail.items[0]).toMatchObject({ to: 'ada@example.com', transport: 'local', status: 'sent' });
  });

  it('sells a demo product to a guest with the sandbox card, with the confirmation in the local outbox', async () => {
    type Card = { handle: string; variants: { id: string; availability: { status: string } }[] };
    const listing = await http.get<{ items: Card[] }>('/store/products?limit=24&inStock=true');
    const variantId = listing.body.items.flatMap((p) => p.variants).find((v) => v.availability.status === 'in_stock')!.id;
    const cart = await http.post<{ id: string; token: string }>('/store/carts', { body: {} });
    const headers = { 'x-cart-token': cart.body.token };
    expect((await http.post(`/store/carts/${cart.body.id}/lines`, { headers, body: { variantId, quantity: 1 } })).status).toBe(200);
    const address = { firstName: 'Grace', lastName: 'Hopper', line1: 'Damrak 1', city: 'Amsterdam', postcode: '1012 LG', country: 'NL' };
    const addressed = await http.patch<{ deliveryOptions: { methodId: string }[] }>(`/store/carts/${cart.body.id}`, {
      headers,
      body: { email: 'grace@example.com', shippingAddress: address },
    });
    const shippingMethodId = addressed.body.deliveryOptions[0].methodId;
    expect((await http.patch(`/store/carts/${cart.body.id}`, { headers, body: { shippingMethodId } })).status).toBe(200);
    const paid = await http.post<{ status: string; order: { number: number } }>(`/store/carts/${cart.body.id}/checkout`, {
      headers: { ...headers, 'idempotency-key': '8c1f4f7e-2d0b-4a57-9a0e-0d6f1b2c3d4e' },
      body: { provider: 'sandbox', methodToken: 'tok_sandbox_approve' },
    });
    expect(paid.status).toBe(201);
    expect(paid.body.order.number).toBeGreaterThanOrEqual(1001);
    const owner = await http.post<{ accessToken: string }>('/admin/auth/login', {
      body: { email: 'owner@demo.tillpoint.dev', password: 'tillpoint-demo' },
    });
    await until(async () => {
      const mail = await http.get<{ items: { subject: string }[] }>('/admin/mail?to=grace@example.com', { token: owner.body.accessToken });
      return mail.body.items.some((m) => m.subject.includes(String(paid.body.order.number)));
    });
  });

  it('keeps its data across a restart on the same directory', async () => {
    await running.app.close();
    await start();
    const login = await http.post('/store/auth/login', { body: { email: 'race@example.com', password: 'same-password-1' } });
    expect(login.status).toBe(200);
  }, 60_000);
});
