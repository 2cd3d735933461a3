import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpApp, HttpApp } from '../../src/bootstrap/http-app';
import { InventoryAvailability, inStockCondition } from '../../src/inventory/inventory-availability.service';
import { PasswordHasher } from '../../src/auth/passwords/password-hasher';
import { loadConfig } from '../../src/platform/config/app-config';
import { Db } from '../../src/platform/database/db.service';
import { client, HttpClient } from '../support/http';
import { LogCapture } from '../support/log-capture';
import { ChangeBody, LevelBody, LocationBody, MovementBody, Page, TransferBody } from './stock-fixtures';

/** The stock SQL (unnest batches, ordered row locks, jsonb aggregates) on embedded PGlite, as `npm start` runs it. */
describe('inventory in embedded mode', () => {
  let dir: string;
  let running: HttpApp;
  let http: HttpClient;
  let db: Db;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tp-inventory-embedded-'));
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'warn', ARGON2_MEMORY_KIB: '4096', DEMO_DATA: 'false' });
    running = await createHttpApp(config, new LogCapture());
    await running.app.listen(0, '127.0.0.1');
    const address = (running.app.getHttpServer() as Server).address();
    http = client(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    db = running.app.get(Db);
    const hash = await running.app.get(PasswordHasher).hash('embedded-password');
    await db.manager.query(
      `INSERT INTO staff_users (email, name, role, status, password_hash) VALUES ('stock@embedded.test', 'Stock', 'owner', 'active', $1)`,
      [hash],
    );
    const login = await http.post<{ accessToken: string }>('/admin/auth/login', {
      body: { email: 'stock@embedded.test', password: 'embedded-password' },
    });
    token = login.body.accessToken;
  }, 120_000); // Why: migrating a fresh PGlite database runs every migration in WebAssembly; slow on two busy cores.
  afterAll(async () => {
    await running?.app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adjusts, counts, transfers, lists and answers availability', async () => {
    const [{ id: productId }] = await db.manager.query(
      `INSERT INTO products (handle, title, status) VALUES ('embedded-tee', 'Tee', 'active') RETURNING id`,
    );
    const [{ id: variantId }] = await db.manager.query(
      `INSERT INTO product_variants (product_id, sku, title) VALUES ($1, 'EMB-TEE', 'Default') RETURNING id`,
      [productId],
    );
    const north = await http.post<LocationBody>('/admin/inventory/locations', {
      token,
      body: { code: 'EMB-N', name: 'North', country: 'NL' },
    });
    const south = await http.post<LocationBody>('/admin/inventory/locations', {
      token,
      body: { code: 'EMB-S', name: 'South', country: 'NL' },
    });
    expect([north.status, south.status]).toEqual([201, 201]);

    const received = await http.post<ChangeBody>('/admin/inventory/adjustments', {
      token,
      body: { variantId, locationId: north.body.id, quantity: 10, reason: 'received' },
      headers: { 'Idempotency-Key': 'embedded-receipt-1' },
    });
    expect(received.status).toBe(201);
    const counted = await http.post<ChangeBody>('/admin/inventory/adjustments', {
      token,
      body: { variantId, locationId: north.body.id, countedQuantity: 8, reason: 'cycle_count' },
    });
    expect(counted.body.movement.onHandDelta).toBe(-2);
    const moved = await http.post<TransferBody>('/admin/inventory/transfers', {
      token,
      body: { variantId, fromLocationId: north.body.id, toLocationId: south.body.id, quantity: 3 },
    });
    expect(moved.status).toBe(201);
    expect([moved.body.from.level.onHand, moved.body.to.level.onHand]).toEqual([5, 3]);
    const short = await http.post('/admin/inventory/transfers', {
      token,
      body: { variantId, fromLocationId: south.body.id, toLocationId: north.body.id, quantity: 4 },
    });
    expect(short.status).toBe(409);

    const levels = await http.get<Page<LevelBody>>(`/admin/inventory/levels?productId=${productId}&limit=1`, { token });
    expect(levels.body.items).toHaveLength(1);
    const next = await http.get<Page<LevelBody>>(`/admin/inventory/levels?productId=${productId}&cursor=${levels.body.nextCursor}`, {
      token,
    });
    expect([...levels.body.items, ...next.body.items].map((l) => l.onHand).sort()).toEqual([3, 5]);
    const movements = await http.get<Page<MovementBody>>('/admin/inventory/movements?kind=transfer_in', { token });
    expect(movements.body.items.map((m) => m.onHandDelta)).toEqual([3]);

    const stock = (await running.app.get(InventoryAvailability).forVariants([variantId])).get(variantId);
    expect(stock).toEqual({
      availability: { status: 'in_stock', available: null, expectedAt: null },
      available: 8,
      availableByLocation: { [north.body.id]: 5, [south.body.id]: 3 },
    });
    const buyable = await db.manager.query(`SELECT p.id FROM products p WHERE ${inStockCondition('p.id')}`);
    expect(buyable).toEqual([{ id: productId }]);
  });
});
