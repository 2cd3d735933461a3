import { randomUUID } from 'node:crypto';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { givenOrders } from './given-orders';

describe('order refunds and returns', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let orders: Awaited<ReturnType<typeof givenOrders>>;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    staff = await given.staff('owner');
    orders = await givenOrders(app, given, staff.accessToken);
  });
  afterAll(() => app.close());

  /** What the payment record says was given back, once its books are checked consistent. */
  const refundedByPayment = async (paymentId: string) => {
    const payment = await given.http.get<{ refunded: { amount: number }; reconciliation: { consistent: boolean } }>(
      `/admin/payments/${paymentId}`,
      { token: staff.accessToken },
    );
    expect(payment.body.reconciliation.consistent).toBe(true);
    return payment.body.refunded.amount;
  };

  it('adds partial refunds up and never gives back more than was paid', async () => {
    const order = await orders.place(await orders.variant(), 2);
    const total = order.total.amount;
    const first = await orders.refund(order.id, 500, staff.accessToken, randomUUID(), { reason: 'Scratched' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ paymentStatus: 'partially_refunded', refundedAmount: { amount: 500 } });
    const second = await orders.refund(order.id, 700);
    expect(second.body).toMatchObject({ refundedAmount: { amount: 1200 }, refundableAmount: { amount: total - 1200 } });
    const tooMuch = await orders.refund(order.id, total - 1199);
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body).toMatchObject({ code: 'refund_exceeds_paid', detail: expect.stringContaining(`${total - 1200}`) });
    const rest = await orders.refund(order.id, total - 1200);
    expect(rest.body).toMatchObject({ paymentStatus: 'refunded', refundableAmount: { amount: 0 } });
    expect(rest.body.refunds.map((r) => [r.amount.amount, r.state])).toEqual([
      [500, 'succeeded'],
      [700, 'succeeded'],
      [total - 1200, 'succeeded'],
    ]);
    expect((await orders.refund(order.id, 1)).body).toMatchObject({ code: 'already_refunded' });
    expect(await refundedByPayment(order.paymentIds[0])).toBe(total);
    expect(rest.body.timeline.filter((e) => e.kind === 'refunded').map((e) => e.data.amount)).toEqual([500, 700, total - 1200]);
  });

  it('refunds once when two staff refund the whole order at the same moment', async () => {
    const order = await orders.place(await orders.variant(), 1);
    const other = await given.staff('manager');
    const answers = await Promise.all([
      orders.refund(order.id, order.total.amount),
      orders.refund(order.id, order.total.amount, other.accessToken),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const after = (await orders.get(order.id)).body;
    expect(after.refunds).toHaveLength(1);
    expect(after.refundedAmount.amount).toBe(order.total.amount);
    expect(await refundedByPayment(order.paymentIds[0])).toBe(order.total.amount);
  });

  it('replays a refund sent twice with the same Idempotency-Key instead of paying twice', async () => {
    const order = await orders.place(await orders.variant(), 1);
    const key = randomUUID();
    const first = await orders.refund(order.id, 300, staff.accessToken, key);
    const replay = await orders.refund(order.id, 300, staff.accessToken, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect((await orders.refund(order.id, 400, staff.accessToken, key)).status).toBe(422);
    expect((await orders.get(order.id)).body.refunds).toHaveLength(1);
  });

  it('refuses refunds of unpaid orders and bad amounts', async () => {
    const cod = await orders.place(await orders.variant(), 1, 'cash_on_delivery');
    expect((await orders.refund(cod.id, 100)).body).toMatchObject({ code: 'not_paid' });
    const bad = await orders.refund(cod.id, 0);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.pointer)).toEqual(['/amount']);
    expect((await orders.refund(randomUUID(), 100)).status).toBe(404);
  });

  it('takes a return from request to receipt: restocked units come back, damaged ones are written off, then refunded', async () => {
    const variantId = await orders.variant(10);
    const order = await orders.place(variantId, 3);
    const lineId = order.lines[0].id;
    const early = await orders.act(order.id, 'returns', { lines: [{ lineId, quantity: 1 }] });
    expect(early.body).toMatchObject({ code: 'not_shipped' });
    await orders.act(order.id, 'fulfillments', { locationId: orders.location.id });
    await orders.act(order.id, 'shipment');
    expect(await orders.onHand(variantId)).toBe(7);

    const requested = await orders.act(order.id, 'returns', { lines: [{ lineId, quantity: 2 }], reason: 'Too small' });
    expect(requested.status).toBe(201);
    const returnId = requested.body.returns[0].id;
    expect(requested.body.returns[0]).toMatchObject({ status: 'requested', lines: [{ lineId, quantity: 2 }] });
    // What is on an open return cannot be asked back again.
    expect((await orders.act(order.id, 'returns', { lines: [{ lineId, quantity: 2 }] })).body).toMatchObject({ code: 'over_return' });
    const receiveEarly = await orders.act(order.id, `returns/${returnId}/receipt`, {
      locationId: orders.location.id,
      lines: [{ lineId, restock: 1, damaged: 1 }],
    });
    expect(receiveEarly.status).toBe(409);
    expect((await orders.act(order.id, `returns/${returnId}/approval`)).body.returns[0].status).toBe('approved');
    const wrongCount = await orders.act(order.id, `returns/${returnId}/receipt`, {
      locationId: orders.location.id,
      lines: [{ lineId, restock: 1, damaged: 0 }],
    });
    expect(wrongCount.status).toBe(400);
    const received = await orders.act(order.id, `returns/${returnId}/receipt`, {
      locationId: orders.location.id,
      lines: [{ lineId, restock: 1, damaged: 1 }],
    });
    expect(received.status).toBe(200);
    expect(received.body.returns[0]).toMatchObject({ status: 'received', lines: [{ restocked: 1, damaged: 1 }] });
    expect(received.body.lines[0]).toMatchObject({ fulfilledQuantity: 3, returnedQuantity: 2 });
    expect(await orders.onHand(variantId)).toBe(8);
    expect((await orders.movements(order.id)).map((m) => [m.kind, m.reason, m.on_hand_delta])).toEqual([
      ['sold', null, -3],
      ['returned', 'customer_return', 2],
      ['adjusted', 'damaged', -1],
    ]);
    expect(await orders.stock.drift()).toEqual([]);
    expect((await orders.act(order.id, `returns/${returnId}/approval`)).status).toBe(409);

    const refund = await orders.refund(order.id, 2000, staff.accessToken, randomUUID(), { returnId });
    expect(refund.status).toBe(201);
    expect(refund.body.refunds[0]).toMatchObject({ returnId, amount: { amount: 2000 } });
    expect((await orders.refund(order.id, 1, staff.accessToken, randomUUID(), { returnId: randomUUID() })).status).toBe(404);
    expect(refund.body.timeline.map((e) => e.kind)).toEqual([
      'placed',
      'fulfilled',
      'shipped',
      'return_requested',
      'return_approved',
      'return_received',
      'refund_requested',
      'refunded',
    ]);
  });

  it('rejects a return, which frees its items to be returned later', async () => {
    const order = await orders.place(await orders.variant(), 1);
    const lineId = order.lines[0].id;
    await orders.act(order.id, 'fulfillments', { locationId: orders.location.id });
    await orders.act(order.id, 'shipment');
    const requested = await orders.act(order.id, 'returns', { lines: [{ lineId, quantity: 1 }] });
    const returnId = requested.body.returns[0].id;
    expect((await orders.act(order.id, `returns/${returnId}/rejection`)).body.returns[0].status).toBe('rejected');
    expect((await orders.act(order.id, 'returns', { lines: [{ lineId, quantity: 1 }] })).status).toBe(201);
    expect((await orders.act(order.id, `returns/${randomUUID()}/approval`)).status).toBe(404);
  });
});
