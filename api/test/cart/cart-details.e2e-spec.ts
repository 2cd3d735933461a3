import { givenShipping } from '../shipping/given-shipping';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { CartBody, givenCart, Problem } from './given-cart';

interface PricedCart extends CartBody {
  email: string | null;
  shippingAddress: Record<string, string> | null;
  shippingMethodId: string | null;
  deliveryOptions: { methodId: string; name: string; price: { amount: number } }[];
  discount: { code: string; applies: boolean; detail: string | null; amount: { amount: number } } | null;
  missing: string[];
  totals: Record<'subtotal' | 'discountTotal' | 'shipping' | 'taxTotal' | 'total', { amount: number }> & {
    display: string;
    taxIncludedInPrices: boolean;
  };
}

const ANNA = { firstName: 'Anna', lastName: 'de Vries', line1: 'Keizersgracht 123', city: 'Amsterdam', postcode: '1015cj', country: 'nl' };

describe('checkout details on a cart', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let cart: ReturnType<typeof givenCart>;
  let methods: { nl: string; be: string };

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('owner');
    cart = givenCart(app, given, staff.accessToken);
    const shipping = givenShipping(app, given, staff.accessToken);
    const nl = await shipping.zone({ name: 'Netherlands', countries: ['NL'] });
    const be = await shipping.zone({ name: 'Belgium', countries: ['BE'] });
    methods = {
      nl: (await shipping.method(nl.id, { name: 'PostNL', flatAmount: { amount: 495, currency: 'EUR' } })).id,
      be: (await shipping.method(be.id, { name: 'bpost', flatAmount: { amount: 795, currency: 'EUR' } })).id,
    };
    const post = (path: string, body: unknown) => given.http.post(path, { token: staff.accessToken, body });
    expect((await post('/admin/tax-rates', { country: 'NL', name: 'NL VAT', percent: 21, taxShipping: true })).status).toBe(201);
    expect((await post('/admin/discount-codes', { code: 'TENOFF', kind: 'percentage', percent: 10 })).status).toBe(201);
    expect(
      (
        await post('/admin/discount-codes', {
          code: 'BIGSPEND',
          kind: 'fixed',
          amount: { amount: 1000, currency: 'EUR' },
          minimumSubtotal: { amount: 100_00, currency: 'EUR' },
        })
      ).status,
    ).toBe(201);
  });
  afterAll(() => app.close());

  const filledCart = async () => {
    const created = await cart.create();
    const auth = { token: created.body.token! };
    const { variantId } = await cart.variant({ price: 2420, trackInventory: false });
    await cart.call('post', `/store/carts/${created.body.id}/lines`, auth, { variantId, quantity: 2 });
    return { id: created.body.id, auth };
  };

  it('takes the details step by step, prices shipping and extracts the tax', async () => {
    const { id, auth } = await filledCart();
    const bare = await cart.call<PricedCart>('get', `/store/carts/${id}`, auth);
    expect(bare.body.missing).toEqual(['email', 'shippingAddress', 'shippingMethodId']);
    expect(bare.body.totals).toMatchObject({
      subtotal: { amount: 4840 },
      total: { amount: 4840 },
      taxTotal: { amount: 840 },
      display: 'inclusive',
    });
    expect(bare.body.deliveryOptions.map((o) => o.methodId)).toEqual([methods.nl]);

    const withAddress = await cart.call<PricedCart>('patch', `/store/carts/${id}`, auth, {
      email: ' Anna@Example.com ',
      shippingAddress: ANNA,
    });
    expect(withAddress.status).toBe(200);
    expect(withAddress.body.email).toBe('anna@example.com');
    expect(withAddress.body.shippingAddress).toMatchObject({ postcode: '1015CJ', country: 'NL' });
    expect(withAddress.body.missing).toEqual(['shippingMethodId']);

    const chosen = await cart.call<PricedCart>('patch', `/store/carts/${id}`, auth, { shippingMethodId: methods.nl });
    expect(chosen.body.missing).toEqual([]);
    // 48.40 + 4.95 shipping, 21 % VAT included in both: 53.35 / 1.21 × 0.21 = 9.26.
    expect(chosen.body.totals).toMatchObject({ shipping: { amount: 495 }, total: { amount: 5335 }, taxTotal: { amount: 926 } });

    const moved = await cart.call<PricedCart>('patch', `/store/carts/${id}`, auth, {
      shippingAddress: { ...ANNA, postcode: '1000', country: 'BE' },
    });
    expect(moved.body.shippingMethodId).toBeNull();
    expect(moved.body.deliveryOptions.map((o) => o.methodId)).toEqual([methods.be]);
    expect(moved.body.totals.taxTotal.amount).toBe(0);
  });

  it('refuses a bad address, a method not on offer, and a code that does not apply, naming the field', async () => {
    const { id, auth } = await filledCart();
    const badPostcode = await cart.call<Problem>('patch', `/store/carts/${id}`, auth, { shippingAddress: { ...ANNA, postcode: '1015' } });
    expect(badPostcode.status).toBe(400);
    expect(badPostcode.body.errors).toEqual([{ pointer: '/shippingAddress/postcode', detail: 'is not a postcode of NL (like 1012 AB)' }]);
    const noCountry = await cart.call<Problem>('patch', `/store/carts/${id}`, auth, { billingAddress: { ...ANNA, country: 'QQ' } });
    expect(noCountry.body.errors).toEqual([{ pointer: '/billingAddress/country', detail: 'is not a country code' }]);
    const missingCity = await cart.call<Problem>('patch', `/store/carts/${id}`, auth, { shippingAddress: { ...ANNA, city: undefined } });
    expect(missingCity.body.errors?.[0].pointer).toBe('/shippingAddress/city');
    const wrongMethod = await cart.call<Problem>('patch', `/store/carts/${id}`, auth, {
      shippingAddress: ANNA,
      shippingMethodId: methods.be,
    });
    expect(wrongMethod.body.errors).toEqual([
      { pointer: '/shippingMethodId', detail: 'is not one of the delivery options for this cart and address' },
    ]);
    const minimum = await cart.call<Problem>('patch', `/store/carts/${id}`, auth, { discountCode: 'bigspend' });
    expect(minimum.status).toBe(400);
    expect(minimum.body.errors?.[0].pointer).toBe('/discountCode');
    const unknown = await cart.call<Problem>('patch', `/store/carts/${id}`, auth, { discountCode: 'NOPE' });
    expect(unknown.body.errors?.[0].pointer).toBe('/discountCode');
    const unchanged = await cart.call<PricedCart>('get', `/store/carts/${id}`, auth);
    expect(unchanged.body).toMatchObject({ shippingAddress: null, discount: null });
    expect((await cart.call<Problem>('patch', `/store/carts/${id}`, auth, { email: 'not-an-email' })).status).toBe(400);
    expect((await cart.call<Problem>('patch', `/store/carts/${id}`, auth, { total: 1 })).status).toBe(400);
  });

  it('applies a discount code across the lines, and says when it stops applying', async () => {
    const { id, auth } = await filledCart();
    const applied = await cart.call<PricedCart>('patch', `/store/carts/${id}`, auth, { discountCode: 'tenoff' });
    expect(applied.body.discount).toEqual({ code: 'TENOFF', applies: true, detail: null, amount: { amount: 484, currency: 'EUR' } });
    expect(applied.body.totals).toMatchObject({ discountTotal: { amount: 484 }, total: { amount: 4356 } });
    expect(applied.body.lines[0]).toMatchObject({ discount: { amount: 484 }, total: { amount: 4356 } });
    await app.db.manager.query(`UPDATE discount_codes SET active = false WHERE code = 'TENOFF'`);
    try {
      const stale = await cart.call<PricedCart>('get', `/store/carts/${id}`, auth);
      expect(stale.body.discount).toMatchObject({ code: 'TENOFF', applies: false });
      expect(stale.body.discount?.detail).toBeTruthy();
      expect(stale.body.totals.total.amount).toBe(4840);
    } finally {
      await app.db.manager.query(`UPDATE discount_codes SET active = true WHERE code = 'TENOFF'`);
    }
    const cleared = await cart.call<PricedCart>('patch', `/store/carts/${id}`, auth, { discountCode: null });
    expect(cleared.body.discount).toBeNull();
  });
});
