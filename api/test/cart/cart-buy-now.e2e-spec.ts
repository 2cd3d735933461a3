import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { CartBody, givenCart, Problem } from './given-cart';

/** POST /store/carts with lines: a cart and its first lines in one request ("buy now"), all or none. */
describe('a cart started with lines', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let cart: ReturnType<typeof givenCart>;

  const start = (body: unknown, token?: string) => given.http.post<CartBody & Problem>('/store/carts', { token, body });
  const cartCount = async () => (await app.db.manager.query(`SELECT count(*)::int AS n FROM carts`))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('owner');
    cart = givenCart(app, given, staff.accessToken);
  });
  afterAll(() => app.close());

  it('makes the cart with its lines at today’s prices, adding up a variant named twice', async () => {
    const [shirt, socks] = [await cart.variant({ price: 2500, onHand: 5 }), await cart.variant({ price: 900, trackInventory: false })];
    const started = await start({
      lines: [
        { variantId: shirt.variantId, quantity: 1 },
        { variantId: socks.variantId, quantity: 3 },
        { variantId: shirt.variantId, quantity: 1 },
      ],
    });
    expect(started.status).toBe(201);
    expect(started.body.token).toBeDefined();
    // Lines added in one statement share their added time, so their order among themselves is not fixed.
    expect(
      started.body.lines.map((l) => [l.variantId, l.quantity, l.unitPrice.amount]).sort((a, b) => Number(b[2]) - Number(a[2])),
    ).toEqual([
      [shirt.variantId, 2, 2500],
      [socks.variantId, 3, 900],
    ]);
    expect(started.body.subtotal.amount).toBe(2 * 2500 + 3 * 900);
  });

  it('makes nothing when a line cannot be had, naming the line', async () => {
    const few = await cart.variant({ onHand: 1 });
    const draft = await cart.variant({ status: 'draft', trackInventory: false });
    const before = await cartCount();
    const short = await start({ lines: [{ variantId: few.variantId, quantity: 2 }] });
    expect(short.status).toBe(409);
    expect(short.body).toMatchObject({ code: 'insufficient_stock', errors: [{ pointer: '/lines/0/quantity', detail: 'Only 1 left.' }] });
    const notSold = await start({
      lines: [
        { variantId: few.variantId, quantity: 1 },
        { variantId: draft.variantId, quantity: 1 },
      ],
    });
    expect(notSold.status).toBe(400);
    expect(notSold.body.errors).toEqual([{ pointer: '/lines/1/variantId', detail: 'This product is no longer sold.' }]);
    const tooMany = await start({ lines: [{ variantId: few.variantId, quantity: 11 }] });
    expect(tooMany.status).toBe(400);
    const bad = await start({ lines: [{ variantId: 'x', quantity: 0 }] });
    expect(bad.body.errors?.map((e) => e.pointer).sort()).toEqual(['/lines/0/quantity', '/lines/0/variantId']);
    expect(await cartCount()).toBe(before);
  });

  it("adds the lines to a signed-in customer's cart", async () => {
    const customer = await given.customer();
    const [first, second] = [await cart.variant({ trackInventory: false }), await cart.variant({ trackInventory: false })];
    const made = await start({ lines: [{ variantId: first.variantId, quantity: 1 }] }, customer.accessToken);
    const again = await start({ lines: [{ variantId: second.variantId, quantity: 2 }] }, customer.accessToken);
    expect(again.body.id).toBe(made.body.id);
    expect(again.body.token).toBeUndefined();
    expect(again.body.lines.map((l) => l.quantity)).toEqual([1, 2]);
  });
});
