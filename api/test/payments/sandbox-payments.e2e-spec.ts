import { SandboxProvider } from '../../src/payments/providers/sandbox/sandbox.provider';
import { Db } from '../../src/platform/database/db.service';
import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { eur, givenPayments, Problem } from './given-payments';

interface SandboxView {
  reference: string;
  state: string;
  amount: { amount: number; currency: string };
  nextUrl: string;
}

describe('sandbox provider', () => {
  let app: TestApp;
  let given: Given;
  let payments: ReturnType<typeof givenPayments>;
  let sandbox: SandboxProvider;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    payments = givenPayments(app);
    sandbox = (await payments.providers.get('sandbox')) as SandboxProvider;
  });
  afterAll(() => app.close());

  it('approves a payment at once with tok_sandbox_approve, and a retry gives the same answer', async () => {
    const payment = await payments.payment('sandbox');
    const outcome = await sandbox.start(payments.request(payment, { methodToken: 'tok_sandbox_approve' }));
    expect(outcome).toEqual({
      state: 'captured',
      providerReference: expect.stringMatching(/^sbx_pay_[0-9a-f]{24}$/),
      capturedAmount: 4995,
    });
    expect(await sandbox.start(payments.request(payment, { methodToken: 'tok_sandbox_approve' }))).toEqual(outcome);
    expect(await payments.count('sandbox_payment_objects', `data->>'paymentId' = $1`, [payment.paymentId])).toBe(1);
    const record = await payments.apply(payment.paymentId, outcome);
    expect(record).toMatchObject({ state: 'captured', capturedAmount: 4995, providerReference: outcome.providerReference });
  });

  it('declines with tok_sandbox_decline and says so in words for the shopper', async () => {
    const payment = await payments.payment('sandbox');
    const outcome = await sandbox.start(payments.request(payment, { methodToken: 'tok_sandbox_decline' }));
    expect(outcome).toMatchObject({ state: 'failed', capturedAmount: 0, failureMessage: 'Your card was declined.' });
    expect(await payments.apply(payment.paymentId, outcome)).toMatchObject({ state: 'failed', failureMessage: 'Your card was declined.' });
  });

  it('sends the shopper to the approval page with tok_sandbox_action, then is paid once they approve', async () => {
    const payment = await payments.payment('sandbox');
    const started = await sandbox.start(payments.request(payment, { methodToken: 'tok_sandbox_action' }));
    const reference = started.providerReference;
    expect(started).toEqual({
      state: 'requires_action',
      providerReference: reference,
      capturedAmount: 0,
      action: { type: 'redirect', url: `${app.config.store.storefrontUrl}/checkout/sandbox/${reference}` },
    });
    expect(await payments.apply(payment.paymentId, started)).toMatchObject({ state: 'requires_action' });

    const page = await given.http.get<SandboxView>(`/store/payments/sandbox/${reference}`);
    expect(page.body).toEqual({ reference, state: 'requires_action', amount: eur(4995), nextUrl: 'http://localhost:4321/checkout/return' });
    const approved = await given.http.post<SandboxView>(`/store/payments/sandbox/${reference}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'captured', nextUrl: 'http://localhost:4321/checkout/return' });
    // Approving twice (a double click) changes nothing.
    expect((await given.http.post<SandboxView>(`/store/payments/sandbox/${reference}/approve`)).body.state).toBe('captured');

    const retrieved = await sandbox.retrieve(reference);
    expect(retrieved).toEqual({ state: 'captured', providerReference: reference, capturedAmount: 4995 });
    expect(await payments.apply(payment.paymentId, retrieved)).toMatchObject({ state: 'captured', capturedAmount: 4995 });
  });

  it('lets the shopper turn it down, after which it cannot be approved', async () => {
    const payment = await payments.payment('sandbox');
    const { providerReference } = await sandbox.start(payments.request(payment));
    const declined = await given.http.post<SandboxView>(`/store/payments/sandbox/${providerReference}/decline`);
    expect(declined.body).toMatchObject({ state: 'canceled', nextUrl: 'http://localhost:4321/checkout' });
    const late = await given.http.post<Problem>(`/store/payments/sandbox/${providerReference}/approve`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('sandbox_payment_closed');
    expect((await sandbox.retrieve(providerReference)).state).toBe('canceled');
  });

  it('answers 404 for a reference it does not know', async () => {
    const answer = await given.http.post<Problem>('/store/payments/sandbox/sbx_pay_000000000000000000000000/approve');
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });

  it('authorises with tok_sandbox_authorize and captures once per idempotency key', async () => {
    const payment = await payments.payment('sandbox');
    const started = await sandbox.start(payments.request(payment, { methodToken: 'tok_sandbox_authorize' }));
    expect(started).toMatchObject({ state: 'authorized', capturedAmount: 0 });
    const captured = await sandbox.capture(started.providerReference, eur(4000), `capture-${payment.paymentId}`);
    expect(captured).toMatchObject({ state: 'captured', capturedAmount: 4000 });
    expect(await sandbox.capture(started.providerReference, eur(4000), `capture-${payment.paymentId}`)).toEqual(captured);
    expect(await payments.apply(payment.paymentId, captured)).toMatchObject({ state: 'captured', capturedAmount: 4000 });
  });

  it('refunds in parts and in full, once per idempotency key, and never more than was taken', async () => {
    const payment = await payments.payment('sandbox');
    const outcome = await sandbox.start(payments.request(payment, { methodToken: 'tok_sandbox_approve' }));
    await payments.apply(payment.paymentId, outcome);
    const db = app.app.get(Db);
    const record = (key: string, amount: number, refund: Awaited<ReturnType<SandboxProvider['refund']>>) =>
      db.transaction((tx) =>
        payments.records.recordRefund(tx, { paymentId: payment.paymentId, amount: eur(amount), outcome: refund, createdBy: key }),
      );

    const part = await sandbox.refund(outcome.providerReference, eur(1000), 'refund-1');
    expect(part).toEqual({ refundReference: expect.stringMatching(/^sbx_re_/), state: 'succeeded', amount: 1000 });
    expect(await sandbox.refund(outcome.providerReference, eur(1000), 'refund-1')).toEqual(part);
    await record('refund-1', 1000, part);
    await record('refund-1', 1000, part); // recorded twice, counted once
    expect((await payments.records.refundable(payment.paymentId)).amount).toBe(3995);

    await expect(sandbox.refund(outcome.providerReference, eur(4000), 'refund-2')).rejects.toMatchObject({
      code: 'refund_exceeds_captured',
    });
    const rest = await sandbox.refund(outcome.providerReference, eur(3995), 'refund-3');
    const after = await record('refund-3', 3995, rest);
    expect(after).toMatchObject({ state: 'captured', capturedAmount: 4995, refundedAmount: 4995 });
    expect(await payments.records.reconciliation(payment.paymentId)).toEqual({
      capturedMinor: 4995,
      refundedMinor: 4995,
      netMinor: 0,
      consistent: true,
      problems: [],
    });
  });

  it('refuses a token it does not know, before anything is stored', async () => {
    const payment = await payments.payment('sandbox');
    await expect(sandbox.start(payments.request(payment, { methodToken: 'tok_visa' }))).rejects.toMatchObject({
      code: 'unknown_test_token',
    });
    expect(await payments.count('sandbox_payment_objects', `data->>'paymentId' = $1`, [payment.paymentId])).toBe(0);
  });
});
