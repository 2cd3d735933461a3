import { codeState, refusalOf, StoredDiscountCode } from './discount-code-rules';
import { draftOf, fieldsOf, mergeUpdate } from './discount-code-drafts';

const now = new Date('2026-11-27T12:00:00Z');
const code = (extra: Partial<StoredDiscountCode> = {}): StoredDiscountCode => ({
  id: 'c1',
  code: 'WELCOME10',
  kind: 'percentage',
  value: 1000,
  currency: null,
  minimumSubtotal: null,
  startsAt: null,
  endsAt: null,
  usageLimit: null,
  usedCount: 0,
  active: true,
  ...extra,
});
const cart = { subtotal: 5000, currency: 'EUR', now };

describe('whether a discount code applies', () => {
  it('applies an active code without limits to any cart', () => {
    expect(refusalOf(code(), cart)).toBeNull();
    expect(refusalOf(code(), { ...cart, currency: 'JPY' })).toBeNull();
  });

  it('gives one clear reason, the first that holds', () => {
    expect(refusalOf(code({ active: false, usageLimit: 1, usedCount: 1 }), cart)?.reason).toBe('inactive');
    expect(refusalOf(code({ startsAt: new Date('2026-12-01T00:00:00Z') }), cart)).toEqual({
      reason: 'not_started',
      detail: 'The code WELCOME10 can be used from 2026-12-01T00:00:00.000Z.',
    });
    expect(refusalOf(code({ usageLimit: 3, usedCount: 3 }), cart)?.reason).toBe('used_up');
    expect(refusalOf(code({ usageLimit: 3, usedCount: 2 }), cart)).toBeNull();
  });

  it('ends a code at its end, exclusive, and starts it at its start, inclusive', () => {
    expect(refusalOf(code({ endsAt: now }), cart)?.reason).toBe('expired');
    expect(refusalOf(code({ startsAt: now }), cart)).toBeNull();
  });

  it('holds a code with a currency to carts in that currency, and to its minimum', () => {
    const freeShip = code({ code: 'FREESHIP', kind: 'free_shipping', value: 0, currency: 'EUR', minimumSubtotal: 5000 });
    expect(refusalOf(freeShip, cart)).toBeNull();
    expect(refusalOf(freeShip, { ...cart, subtotal: 4999 })).toEqual({
      reason: 'below_minimum',
      detail: 'The code FREESHIP applies from a subtotal of €50.00.',
    });
    expect(refusalOf(freeShip, { ...cart, currency: 'USD' })).toEqual({
      reason: 'wrong_currency',
      detail: 'The code FREESHIP applies to carts in EUR.',
    });
  });

  it('leaves the cart rules out without a cart', () => {
    expect(refusalOf(code({ currency: 'EUR', minimumSubtotal: 5000 }), { now })).toBeNull();
  });

  it('tells staff where a code stands', () => {
    expect(codeState(code(), now)).toBe('running');
    expect(codeState(code({ active: false }), now)).toBe('inactive');
    expect(codeState(code({ startsAt: new Date('2027-01-01T00:00:00Z') }), now)).toBe('scheduled');
    expect(codeState(code({ endsAt: new Date('2026-01-01T00:00:00Z') }), now)).toBe('ended');
    expect(codeState(code({ usageLimit: 1, usedCount: 1 }), now)).toBe('used_up');
  });
});

describe('a discount code as staff write it', () => {
  it('stores a percentage in basis points and a fixed amount in minor units with its currency', () => {
    expect(draftOf({ code: ' SPRING ', kind: 'percentage', percent: 12.5 }, 0)).toEqual({
      draft: expect.objectContaining({ code: 'SPRING', value: 1250, currency: null, active: true }),
      errors: [],
    });
    expect(draftOf({ code: 'FIVE', kind: 'fixed', amount: { amount: 500, currency: 'EUR' } }, 0).draft).toMatchObject({
      value: 500,
      currency: 'EUR',
    });
    expect(draftOf({ code: 'SHIP', kind: 'free_shipping', minimumSubtotal: { amount: 5000, currency: 'USD' } }, 0).draft).toMatchObject({
      value: 0,
      currency: 'USD',
      minimumSubtotal: 5000,
    });
  });

  it('names every value that does not fit the kind', () => {
    expect(draftOf({ code: 'X1', kind: 'percentage', amount: { amount: 5, currency: 'EUR' } }, 0).errors).toEqual([
      { pointer: '/percent', detail: 'is required for a percentage' },
      { pointer: '/amount', detail: 'must be absent for a percentage' },
    ]);
    expect(
      draftOf(
        {
          code: 'X2',
          kind: 'fixed',
          percent: 5,
          amount: { amount: 0, currency: 'EUR' },
          minimumSubtotal: { amount: 100, currency: 'USD' },
        },
        0,
      ).errors,
    ).toEqual([
      { pointer: '/percent', detail: 'must be absent for a fixed amount' },
      { pointer: '/amount/amount', detail: 'must be positive' },
      { pointer: '/minimumSubtotal/currency', detail: 'must be the currency of the amount, EUR' },
    ]);
  });

  it('keeps dates in order and a limit no lower than the uses so far', () => {
    expect(
      draftOf({ code: 'X3', kind: 'free_shipping', startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-11-01T00:00:00Z', usageLimit: 2 }, 5)
        .errors,
    ).toEqual([
      { pointer: '/endsAt', detail: 'must be after startsAt' },
      { pointer: '/usageLimit', detail: 'must be at least 5, the number of times the code has been used' },
    ]);
  });

  it('merges an update over the code, dropping the old value when the kind changes', () => {
    const current = fieldsOf(code({ usageLimit: 10 }));
    expect(mergeUpdate(current, { kind: 'free_shipping' })).toMatchObject({
      kind: 'free_shipping',
      percent: null,
      amount: null,
      usageLimit: 10,
    });
    expect(mergeUpdate(current, { percent: 15, usageLimit: null, code: undefined })).toMatchObject({
      code: 'WELCOME10',
      percent: 15,
      usageLimit: null,
    });
    expect(mergeUpdate(current, { active: null })).toMatchObject({ active: true });
  });
});
