import { randomUUID } from 'node:crypto';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';
import { until } from '../support/test-jobs.module';
import { givenOrders } from './given-orders';

describe('order lifecycle: fulfil, ship, deliver, complete, cancel, edit', () => {
  let app: TestApp;
  let given: Given;
  let staff: GivenStaff;
  let orders: Awaited<ReturnType<typeof givenOrders>>;

  beforeAll(async () => {
    app = await startTestApp({ worker: true });
    given = givenFor(app);
    staff = await given.staff('owner');
    orders = await givenOrders(app, given, staff.accessToken);
  });
  afterAll(() => app.close());

  it('fulfils in parts with tracking, ships, delivers and completes; stock moved once, on placement', async () => {
    const variantId = await orders.variant(10);
    const order = await orders.place(variantId, 3);
    expect(order).toMatchObject({ status: 'confirmed', paymentStatus: 'paid', fulfilmentStatus: 'unfulfilled' });
    expect(order.allowedActions).toEqual(expect.arrayContaining(['fulfil', 'cancel', 'refund', 'change_address']));
    expect(await orders.onHand(variantId)).toBe(7);
    const line = order.lines[0];

    const first = await orders.act(order.id, 'fulfillments', {
      locationId: orders.location.id,
      lines: [{ lineId: line.id.toUpperCase(), quantity: 2 }],
      carrier: 'PostNL',
      trackingNumber: '3SABC123',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ fulfilmentStatus: 'partially_fulfilled', lines: [{ fulfilledQuantity: 2 }] });
    expect(first.body.fulfillments[0]).toMatchObject({
      carrier: 'PostNL',
      trackingNumber: '3SABC123',
      trackingUrl: 'https://jouw.postnl.nl/track-and-trace/3SABC123',
      lines: [{ lineId: line.id, quantity: 2 }],
    });
    expect(first.body.allowedActions).not.toContain('change_address');

    const tooMany = await orders.act(order.id, 'fulfillments', {
      locationId: orders.location.id,
      lines: [{ lineId: line.id, quantity: 2 }],
    });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body).toMatchObject({ code: 'over_fulfilment' });
    const early = await orders.act(order.id, 'shipment');
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'not_fulfilled', detail: expect.stringContaining('fulfil every item') });

    const rest = await orders.act(order.id, 'fulfillments', { locationId: orders.location.id, trackingUrl: 'https://track.example/2' });
    expect(rest.body).toMatchObject({ fulfilmentStatus: 'fulfilled', lines: [{ fulfilledQuantity: 3 }] });
    const shipped = await orders.act(order.id, 'shipment', { carrier: 'DHL', trackingNumber: 'JD0001' });
    expect(shipped.status).toBe(200);
    expect(shipped.body.fulfilmentStatus).toBe('shipped');
    // Tracking given at shipping fills only the parcel that had none.
    expect(shipped.body.fulfillments.map((f) => [f.carrier, f.trackingUrl])).toEqual([
      ['PostNL', 'https://jouw.postnl.nl/track-and-trace/3SABC123'],
      ['DHL', 'https://track.example/2'],
    ]);
    expect((await orders.act(order.id, 'shipment')).body).toMatchObject({ code: 'already_shipped' });
    expect((await orders.act(order.id, 'delivery')).body.fulfilmentStatus).toBe('delivered');
    const done = await orders.act(order.id, 'completion');
    expect(done.body).toMatchObject({ status: 'completed', allowedActions: ['refund', 'return'] });

    expect(await orders.onHand(variantId)).toBe(7);
    expect((await orders.movements(order.id)).map((m) => m.kind)).toEqual(['sold']);
    expect(done.body.timeline.map((e) => e.kind)).toEqual(['placed', 'fulfilled', 'fulfilled', 'shipped', 'delivered', 'completed']);
    expect(done.body.timeline.slice(1).every((e) => e.actorType === 'staff' && e.actorName === 'Test owner')).toBe(true);
  });

  it('moves the booked sale when the parcel leaves from another location, and the ledger still adds up', async () => {
    const variantId = await orders.variant(10);
    const other = await orders.stock.location(staff.accessToken);
    await orders.stock.receive(staff.accessToken, variantId, other.id, 5);
    const order = await orders.place(variantId, 3);
    const fulfilled = await orders.act(order.id, 'fulfillments', { locationId: other.id });
    expect(fulfilled.status).toBe(201);
    expect(await orders.onHand(variantId)).toBe(10);
    expect(await orders.onHand(variantId, other.id)).toBe(2);
    expect((await orders.movements(order.id)).map((m) => [m.kind, m.on_hand_delta])).toEqual([
      ['sold', -3],
      ['returned', 3],
      ['sold', -3],
    ]);
    expect(await orders.stock.drift()).toEqual([]);
    const nowhere = await orders.act(order.id, 'fulfillments', { locationId: randomUUID() });
    expect(nowhere.status).toBe(409);
  });

  it('cancels: stock goes back, the payment is refunded in full, and nothing moves twice', async () => {
    const variantId = await orders.variant(10);
    const order = await orders.place(variantId, 2);
    expect(await orders.onHand(variantId)).toBe(8);
    const cancelled = await orders.act(order.id, 'cancellation', { reason: 'Customer changed their mind' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      paymentStatus: 'refunded',
      refundedAmount: { amount: order.total.amount },
      refundableAmount: { amount: 0 },
      refunds: [{ state: 'succeeded', amount: { amount: order.total.amount } }],
      allowedActions: [],
    });
    expect(await orders.onHand(variantId)).toBe(10);
    const again = await orders.act(order.id, 'cancellation');
    expect(again.body).toMatchObject({ code: 'already_cancelled' });
    expect((await orders.act(order.id, 'fulfillments', { locationId: orders.location.id })).body).toMatchObject({
      code: 'order_cancelled',
    });
    expect((await orders.movements(order.id)).map((m) => [m.kind, m.reason, m.on_hand_delta])).toEqual([
      ['sold', null, -2],
      ['returned', 'order_cancelled', 2],
    ]);
    const payment = await given.http.get<{ refunded: { amount: number } }>(`/admin/payments/${order.paymentIds[0]}`, {
      token: staff.accessToken,
    });
    expect(payment.body.refunded.amount).toBe(order.total.amount);
    expect(cancelled.body.timeline.map((e) => e.kind)).toEqual(['placed', 'cancelled', 'refund_requested', 'refunded']);
  });

  it('changes the shipping address before packing only, and keeps notes from the customer', async () => {
    const variantId = await orders.variant(5);
    const order = await orders.place(variantId, 1);
    const bad = await given.http.put<{ errors: { pointer: string }[] }>(`/admin/orders/${order.id}/shipping-address`, {
      token: staff.accessToken,
      body: { firstName: 'Anna', lastName: 'de Vries', line1: 'Damrak 1', city: 'Amsterdam', postcode: 'ABCDE', country: 'NL' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.pointer)).toEqual(['/postcode']);
    const address = { firstName: 'Anna', lastName: 'de Vries', line1: 'Damrak 1', city: 'Amsterdam', postcode: '1012 lg', country: 'nl' };
    const changed = await given.http.put<{ shippingAddress: { line1: string; postcode: string } }>(
      `/admin/orders/${order.id}/shipping-address`,
      { token: staff.accessToken, body: address },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.shippingAddress).toMatchObject({ line1: 'Damrak 1', postcode: '1012 LG' });
    const note = await orders.act(order.id, 'notes', { text: '  Leave with the neighbours  ' });
    expect(note.status).toBe(201);
    expect(note.body.timeline.at(-1)).toMatchObject({ kind: 'note', data: { text: 'Leave with the neighbours' }, actorName: 'Test owner' });
    expect((await orders.act(order.id, 'notes', { text: '   ' })).status).toBe(400);

    await orders.act(order.id, 'fulfillments', { locationId: orders.location.id });
    const late = await given.http.put<{ code: string }>(`/admin/orders/${order.id}/shipping-address`, {
      token: staff.accessToken,
      body: address,
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('already_fulfilled');

    const lookup = await given.http.post<{ timeline: { kind: string }[]; fulfillments: unknown[] }>('/store/orders/lookup', {
      body: { number: order.number, email: 'anna@example.com' },
    });
    expect(lookup.status).toBe(200);
    expect(lookup.body.timeline.map((e) => e.kind)).toEqual(['placed', 'shipping_address_changed', 'fulfilled']);
    expect(lookup.body.fulfillments).toHaveLength(1);
  });

  it('cash on delivery: confirmed unpaid, shipped, cash collected on delivery, then completed', async () => {
    const variantId = await orders.variant(5);
    const order = await orders.place(variantId, 1, 'cash_on_delivery');
    expect(order).toMatchObject({ status: 'confirmed', paymentStatus: 'pending' });
    expect(order.allowedActions).not.toContain('refund');
    await orders.act(order.id, 'fulfillments', { locationId: orders.location.id });
    await orders.act(order.id, 'shipment');
    await orders.act(order.id, 'delivery');
    expect((await orders.act(order.id, 'completion')).body).toMatchObject({ code: 'not_paid' });
    const cash = await given.http.post(`/admin/payments/${order.paymentIds[0]}/cash-collections`, {
      token: staff.accessToken,
      body: { amount: order.total },
    });
    expect(cash.status).toBe(201);
    await until(async () => (await orders.get(order.id)).body.paymentStatus === 'paid');
    const paid = await orders.get(order.id);
    expect(paid.body).toMatchObject({ paymentStatus: 'paid', paidAmount: { amount: order.total.amount } });
    expect((await orders.act(order.id, 'completion')).body.status).toBe('completed');
  });

  it('lets each role do only what its permissions say, and refuses bad input with a pointer', async () => {
    const variantId = await orders.variant(5);
    const order = await orders.place(variantId, 1);
    const analyst = await given.staff('analyst');
    const fulfilment = await given.staff('fulfilment');
    const support = await given.staff('support');
    expect((await orders.act(order.id, 'fulfillments', { locationId: orders.location.id }, analyst.accessToken)).status).toBe(403);
    expect((await orders.act(order.id, 'cancellation', {}, fulfilment.accessToken)).status).toBe(403);
    expect((await orders.refund(order.id, 100, support.accessToken)).status).toBe(403);
    expect((await orders.refund(order.id, 100, fulfilment.accessToken)).status).toBe(403);
    const bad = await orders.act(order.id, 'fulfillments', { locationId: 'here', lines: [{ lineId: order.lines[0].id, quantity: 0 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.pointer).sort()).toEqual(['/lines/0/quantity', '/locationId']);
    const link = await orders.act(order.id, 'shipment', { trackingUrl: 'javascript:alert(1)' });
    expect(link.status).toBe(400);
    expect((await orders.act(randomUUID(), 'delivery')).status).toBe(404);
    const fulfilled = await orders.act(order.id, 'fulfillments', { locationId: orders.location.id }, fulfilment.accessToken);
    expect(fulfilled.status).toBe(201);
    const customer = await given.customer();
    expect((await orders.act(order.id, 'shipment', {}, customer.accessToken)).status).toBe(403);
  });
});
