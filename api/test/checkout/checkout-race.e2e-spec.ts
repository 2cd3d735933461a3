import { stockFor } from '../inventory/stock-fixtures';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenCheckout } from './given-checkout';

describe('concurrent checkouts', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;

  beforeAll(async () => {
    app = await startTestApp({ env: { DATABASE_POOL_SIZE: '10', RATE_LIMIT_PER_MINUTE: '0' } });
    given = givenFor(app);
    staff = await given.staff('owner');
  });
  afterAll(() => app.close());

  it('sells 20 units to exactly 20 of 200 racing shoppers, tells the other 180 it is gone, and keeps the books', async () => {
    const shop = await givenCheckout(app, given, staff.accessToken);
    const stock = stockFor(app, given);
    const { variantId } = await shop.cart.variant({ price: 1500 });
    const location = await stock.location(staff.accessToken);
    await stock.receive(staff.accessToken, variantId, location.id, 20);
    const carts: Awaited<ReturnType<typeof shop.readyCart>>[] = [];
    for (let i = 0; i < 200; i += 20) carts.push(...(await Promise.all(Array.from({ length: 20 }, () => shop.readyCart(variantId)))));

    const answers = await Promise.all(
      carts.map((cart) => shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' })),
    );
    const placed = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 409);
    expect(placed).toHaveLength(20);
    expect(refused).toHaveLength(180);
    expect([...new Set(refused.map((a) => a.body.code))]).toEqual(['out_of_stock']);

    const [{ orders }] = await app.db.manager.query(
      `SELECT count(*)::int AS orders FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.variant_id = $1`,
      [variantId],
    );
    expect(orders).toBe(20);
    expect(await stock.level(variantId, location.id)).toEqual({ onHand: 0, reserved: 0 });
    expect(await stock.drift()).toEqual([]);
    const [{ open }] = await app.db.manager.query(
      `SELECT count(*)::int AS open FROM carts WHERE id = ANY($1::uuid[]) AND status = 'open'`,
      [refused.map((_, i) => carts[answers.indexOf(refused[i])].id)],
    );
    expect(open).toBe(180);
  }, 120_000);
});
