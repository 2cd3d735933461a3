import { DiscountCodeRefused } from '../../src/promotions/discount-code-refused.error';
import { DiscountCodes } from '../../src/promotions/discount-codes.service';
import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenDiscountCodes } from './given-discount-codes';

/** check and redeem as the checkout calls them, on the real PostgreSQL, with transactions that really overlap. */
describe('discount code redemption', () => {
  let app: TestApp;
  let given: Given;
  let codes: ReturnType<typeof givenDiscountCodes>;
  let service: DiscountCodes;
  const eurCart = { subtotal: 6000, currency: 'EUR' };

  beforeAll(async () => {
    // Enough connections for every racing transaction to hold one at the same time.
    app = await startTestApp({ withoutRedis: true, env: { DATABASE_POOL_SIZE: '25' } });
    given = givenFor(app);
    const staff = await given.staff('catalog');
    codes = givenDiscountCodes(app, given, staff.accessToken);
    service = app.app.get(DiscountCodes);
  });
  afterAll(() => app.close());

  const refusal = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (error) {
      if (error instanceof DiscountCodeRefused) return { reason: error.reason, status: error.status, code: error.code };
      throw error;
    }
    throw new Error('expected a refusal');
  };

  it('gives the discount a code stands for, in any case', async () => {
    const code = await codes.code({ code: 'TENOFF', kind: 'percentage', percent: 10 });
    expect(await service.check('tenoff', eurCart)).toEqual({
      applies: true,
      discount: { code: 'TENOFF', kind: 'percentage', value: 1000 },
      discountCodeId: code.id,
    });
  });

  it('says clearly why a code does not apply', async () => {
    await codes.code({ code: 'SHIP50', kind: 'free_shipping', minimumSubtotal: { amount: 5000, currency: 'EUR' } });
    await codes.code({ code: 'OLD', kind: 'free_shipping', endsAt: '2020-01-01T00:00:00Z' });
    await codes.code({ code: 'PAUSED', kind: 'free_shipping', active: false });
    expect(await service.check('SHIP50', { subtotal: 4999, currency: 'EUR' })).toEqual({
      applies: false,
      reason: 'below_minimum',
      detail: 'The code SHIP50 applies from a subtotal of €50.00.',
    });
    expect(await service.check('SHIP50', { subtotal: 9999, currency: 'USD' })).toMatchObject({ applies: false, reason: 'wrong_currency' });
    expect(await service.check('OLD', eurCart)).toMatchObject({ applies: false, reason: 'expired' });
    expect(await service.check('PAUSED', eurCart)).toMatchObject({ applies: false, reason: 'inactive' });
    expect(await service.check('NOSUCHCODE', eurCart)).toEqual({
      applies: false,
      reason: 'unknown',
      detail: 'There is no discount code NOSUCHCODE.',
    });
    expect(await service.check("x' OR 1=1 --", eurCart)).toMatchObject({ applies: false, reason: 'unknown' });
  });

  it('counts a redemption once its transaction commits, and not when it rolls back', async () => {
    const code = await codes.code({ code: 'ONCE', kind: 'fixed', amount: { amount: 500, currency: 'EUR' }, usageLimit: 3 });
    const redeemed = await app.db.transaction((tx) => service.redeem(tx, 'once', eurCart));
    expect(redeemed).toEqual({
      discountCodeId: code.id,
      discount: { code: 'ONCE', kind: 'fixed', value: 500 },
      usedCount: 1,
      usageLimit: 3,
    });
    await expect(
      app.db.transaction(async (tx) => {
        await service.redeem(tx, 'ONCE', eurCart);
        throw new Error('payment failed');
      }),
    ).rejects.toThrow('payment failed');
    expect(await codes.usedCount(code.id)).toBe(1);
  });

  it('refuses inside the guarded statement what check would refuse', async () => {
    const code = await codes.code({
      code: 'EURONLY',
      kind: 'fixed',
      amount: { amount: 500, currency: 'EUR' },
      minimumSubtotal: { amount: 3000, currency: 'EUR' },
    });
    expect(await refusal(app.db.transaction((tx) => service.redeem(tx, 'EURONLY', { subtotal: 9000, currency: 'USD' })))).toEqual({
      reason: 'wrong_currency',
      status: 409,
      code: 'discount_code_wrong_currency',
    });
    expect(await refusal(app.db.transaction((tx) => service.redeem(tx, 'EURONLY', { subtotal: 2999, currency: 'EUR' })))).toMatchObject({
      reason: 'below_minimum',
    });
    expect(await refusal(app.db.transaction((tx) => service.redeem(tx, 'NOPE', eurCart)))).toEqual({
      reason: 'unknown',
      status: 400,
      code: 'discount_code_unknown',
    });
    expect(await codes.usedCount(code.id)).toBe(0);
  });

  it('lets exactly 5 of 20 racing checkouts use a code limited to 5', async () => {
    const code = await codes.code({ code: 'FIRST5', kind: 'percentage', percent: 50, usageLimit: 5 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        app.db.transaction(async (tx) => {
          const redeemed = await service.redeem(tx, 'FIRST5', eurCart);
          // Hold the row lock a while, as a checkout does while it writes the order: the others queue behind it.
          await tx.query('SELECT pg_sleep(0.02)');
          return redeemed.usedCount;
        }),
      ),
    );
    const won = outcomes.filter((o): o is PromiseFulfilledResult<number> => o.status === 'fulfilled').map((o) => o.value);
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason);
    expect(won.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(lost).toHaveLength(15);
    for (const error of lost) expect(error).toMatchObject({ reason: 'used_up', status: 409, code: 'discount_code_used_up' });
    expect(await codes.usedCount(code.id)).toBe(5);
    expect(await service.check('FIRST5', eurCart)).toMatchObject({ applies: false, reason: 'used_up' });
  });

  it('loses no use when 30 checkouts redeem an unlimited code at once', async () => {
    const code = await codes.code({ code: 'EVERYONE', kind: 'free_shipping' });
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () => app.db.transaction((tx) => service.redeem(tx, 'EVERYONE', eurCart))),
    );
    expect(outcomes.map((o) => o.usedCount).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await codes.usedCount(code.id)).toBe(30);
  });

  it('keeps the use count within the limit even against a write that skips the service', async () => {
    const code = await codes.code({ code: 'GUARDED', kind: 'free_shipping', usageLimit: 1 });
    await app.db.transaction((tx) => service.redeem(tx, 'GUARDED', eurCart));
    await expect(app.db.manager.query(`UPDATE discount_codes SET used_count = used_count + 1 WHERE id = $1`, [code.id])).rejects.toThrow(
      /check constraint/,
    );
  });
});
