import fc from 'fast-check';
import { nextState, PAYMENT_RECORD_STATES, PaymentRecordState, reconcile, refundableMinor } from './payment-state';

describe('payment state', () => {
  it('moves an open payment forward and never back', () => {
    expect(nextState('created', 'requires_action')).toBe('requires_action');
    expect(nextState('requires_action', 'authorized')).toBe('authorized');
    expect(nextState('authorized', 'requires_action')).toBe('authorized');
    expect(nextState('pending', 'requires_action')).toBe('pending');
    expect(nextState('authorized', 'captured')).toBe('captured');
  });

  it('keeps final states, except that money taken always wins', () => {
    expect(nextState('captured', 'failed')).toBe('captured');
    expect(nextState('captured', 'authorized')).toBe('captured');
    expect(nextState('canceled', 'authorized')).toBe('canceled');
    expect(nextState('failed', 'requires_action')).toBe('failed');
    expect(nextState('failed', 'canceled')).toBe('failed');
    // A Stripe PaymentIntent may succeed on a second card after a first one was declined.
    expect(nextState('failed', 'captured')).toBe('captured');
  });

  it('ends an open payment on failure or cancellation', () => {
    expect(nextState('requires_action', 'failed')).toBe('failed');
    expect(nextState('authorized', 'canceled')).toBe('canceled');
    expect(nextState('pending', 'canceled')).toBe('canceled');
  });

  it('is idempotent, and order does not matter for money taken or for open states', () => {
    const answer = fc.constantFrom(...PAYMENT_RECORD_STATES.filter((s) => s !== 'created'));
    const apply = (list: PaymentRecordState[]) => list.reduce<PaymentRecordState>(nextState, 'created');
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 6 }), fc.nat(), (answers, seed) => {
        const shuffled = answers
          .map((a, i) => ({ a, k: (i * 7919 + seed) % 104729 }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.a);
        const final = apply(answers);
        expect(apply([...answers, ...answers])).toBe(final);
        if (answers.includes('captured')) expect(apply(shuffled)).toBe('captured');
        if (answers.every((a) => a === 'requires_action' || a === 'pending' || a === 'authorized')) expect(apply(shuffled)).toBe(final);
      }),
    );
  });
});

describe('payment books', () => {
  const payment = { amount: 10_000, capturedAmount: 10_000, refundedAmount: 3_000 };

  it('nets captured less refunded when the refunds add up', () => {
    const result = reconcile(payment, [
      { amount: 1_000, state: 'succeeded' },
      { amount: 2_000, state: 'succeeded' },
      { amount: 500, state: 'failed' },
    ]);
    expect(result).toEqual({ capturedMinor: 10_000, refundedMinor: 3_000, netMinor: 7_000, consistent: true, problems: [] });
  });

  it('names each way the books can be wrong', () => {
    expect(reconcile(payment, [{ amount: 1_000, state: 'succeeded' }]).problems).toEqual([
      'refunded 3000 differs from the sum of succeeded refunds 1000',
    ]);
    const over = reconcile({ amount: 10_000, capturedAmount: 2_000, refundedAmount: 3_000 }, [{ amount: 3_000, state: 'succeeded' }]);
    expect(over.consistent).toBe(false);
    expect(over.problems).toEqual(['refunded 3000 exceeds captured 2000']);
    expect(reconcile({ amount: 100, capturedAmount: 200, refundedAmount: 0 }, []).problems).toEqual([
      'captured 200 exceeds the amount 100',
    ]);
  });

  it('holds back refunds on their way when saying what is left to refund', () => {
    expect(refundableMinor(payment, [{ amount: 3_000, state: 'succeeded' }])).toBe(7_000);
    expect(
      refundableMinor(payment, [
        { amount: 3_000, state: 'succeeded' },
        { amount: 2_500, state: 'pending' },
      ]),
    ).toBe(4_500);
    expect(refundableMinor({ amount: 100, capturedAmount: 100, refundedAmount: 100 }, [{ amount: 50, state: 'pending' }])).toBe(0);
  });
});
