import { money } from '../platform/money/money';
import { checkMethod, MethodDraft, MethodField, settleMethod } from './method-rules';

const eur = (amount: number) => money(amount, 'EUR');
const LOCATION = '6b0d6a1e-2f1b-4a59-9d1e-3e1b2b1b1b1b';

const standard: MethodDraft = {
  zoneId: '00000000-0000-4000-8000-000000000001',
  name: 'Standard',
  kind: 'standard',
  pickupLocationId: null,
  currency: 'EUR',
  rateType: 'flat',
  flatAmount: eur(495),
  weightRates: [],
  freeOverAmount: null,
  handlingDays: 1,
  transitDaysMin: 1,
  transitDaysMax: 3,
  cutoffTime: '14:00',
  active: true,
  position: 0,
};

const everything = new Set(Object.keys(standard) as MethodField[]);
const pointers = (draft: Partial<MethodDraft>, given: ReadonlySet<MethodField> = everything) =>
  checkMethod({ ...standard, ...draft }, given).map((e) => e.pointer);

describe('checkMethod', () => {
  it('accepts a complete flat method and a weight method', () => {
    expect(checkMethod(standard, everything)).toEqual([]);
    const weight = { rateType: 'weight' as const, flatAmount: null, weightRates: [{ upToGrams: 1000, amount: eur(100) }] };
    expect(pointers(weight)).toEqual([]);
  });

  it('needs a pickup location for pickup, and only there', () => {
    expect(pointers({ kind: 'pickup' })).toEqual(['/pickupLocationId']);
    expect(pointers({ kind: 'pickup', pickupLocationId: LOCATION })).toEqual([]);
    expect(pointers({ kind: 'express', pickupLocationId: LOCATION })).toEqual(['/pickupLocationId']);
  });

  it('needs the price of its rate type and refuses the other', () => {
    expect(pointers({ flatAmount: null })).toEqual(['/flatAmount']);
    expect(pointers({ weightRates: [{ upToGrams: 1, amount: eur(1) }] })).toEqual(['/weightRates']);
    expect(pointers({ rateType: 'weight', flatAmount: null })).toEqual(['/weightRates']);
    expect(pointers({ rateType: 'weight', weightRates: [{ upToGrams: 1, amount: eur(1) }] })).toEqual(['/flatAmount']);
  });

  it('needs weight brackets in ascending order', () => {
    const weightRates = [
      { upToGrams: 1000, amount: eur(100) },
      { upToGrams: 1000, amount: eur(200) },
      { upToGrams: 500, amount: eur(300) },
    ];
    const errors = checkMethod({ ...standard, rateType: 'weight', flatAmount: null, weightRates }, everything);
    expect(errors).toEqual([
      { pointer: '/weightRates/1/upToGrams', detail: 'must be more than the bracket before (1000)' },
      { pointer: '/weightRates/2/upToGrams', detail: 'must be more than the bracket before (1000)' },
    ]);
  });

  it('needs every amount in the method currency, not negative', () => {
    const weightRates = [{ upToGrams: 1000, amount: money(100, 'USD') }];
    expect(pointers({ rateType: 'weight', flatAmount: null, weightRates, freeOverAmount: eur(-1) })).toEqual([
      '/freeOverAmount/amount',
      '/weightRates/0/amount/currency',
    ]);
    expect(pointers({ flatAmount: money(495, 'GBP') })).toEqual(['/flatAmount/currency']);
    expect(pointers({ flatAmount: eur(1_000_000_000_001) })).toEqual(['/flatAmount/amount']);
  });

  it('blames the currency when only the currency changed', () => {
    expect(checkMethod({ ...standard, currency: 'USD' }, new Set<MethodField>(['currency']))).toEqual([
      { pointer: '/currency', detail: 'flatAmount is in EUR, but the method is priced in USD' },
    ]);
  });

  it('refuses an unknown currency', () => {
    expect(pointers({ currency: 'XYZ', flatAmount: money(1, 'XYZ') })).toEqual(['/currency']);
  });

  it('needs the longest transit to be at least the shortest, blaming the field that was sent', () => {
    expect(pointers({ transitDaysMin: 4, transitDaysMax: 2 })).toEqual(['/transitDaysMax']);
    expect(pointers({ transitDaysMin: 4 }, new Set<MethodField>(['transitDaysMin']))).toEqual(['/transitDaysMin']);
    expect(pointers({ transitDaysMin: 2, transitDaysMax: 2 })).toEqual([]);
  });

  it('refuses a blank name', () => {
    expect(pointers({ name: '   ' })).toEqual(['/name']);
  });
});

describe('settleMethod', () => {
  it('drops what no longer applies after a change of kind or rate type', () => {
    const pickup = { ...standard, kind: 'pickup' as const, pickupLocationId: LOCATION };
    expect(settleMethod({ ...pickup, kind: 'standard' }, new Set<MethodField>(['kind'])).pickupLocationId).toBeNull();
    const weight = settleMethod({ ...standard, rateType: 'weight' }, new Set<MethodField>(['rateType']));
    expect(weight.flatAmount).toBeNull();
    const flat = settleMethod(
      { ...standard, flatAmount: eur(1), weightRates: [{ upToGrams: 1, amount: eur(1) }] },
      new Set<MethodField>(['flatAmount', 'rateType']),
    );
    expect(flat.weightRates).toEqual([]);
  });

  it('keeps what the request sent, so that checking can refuse it', () => {
    const settled = settleMethod({ ...standard, pickupLocationId: LOCATION }, new Set<MethodField>(['pickupLocationId']));
    expect(checkMethod(settled, everything).map((e) => e.pointer)).toEqual(['/pickupLocationId']);
  });
});
