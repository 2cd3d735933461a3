import { randomUUID } from 'node:crypto';
import { givenCheckout } from '../checkout/given-checkout';
import { givenFor, Given, GivenCustomer, GivenStaff } from '../support/given';
import type { RequestOptions } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

interface Message {
  id: string;
  orderId: string;
  from: 'customer' | 'staff';
  body: string;
  createdAt: string;
  readByStaffAt: string | null;
  readByCustomerAt: string | null;
  authorId?: string | null;
  authorName?: string | null;
}

interface Thread {
  orderId: string;
  orderNumber: number;
  customerName: string;
  unreadCount: number;
  lastMessage: { id: string; from: string; excerpt: string };
}

interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

interface Problem {
  code: string;
  errors: { pointer: string }[];
}

interface Unread {
  messages: number;
  threads: number;
}

describe('order messages between a customer and the store', () => {
  let app: TestApp;
  let given: Given;
  let owner: GivenStaff;
  let support: GivenStaff;
  let placeOrder: (customer?: GivenCustomer) => Promise<{ id: string; number: number }>;

  /**
   * Customer posts are throttled per client address; each test writes from an address of its own (the
   * API trusts X-Forwarded-For from loopback, as behind the storefront) so the tests do not share a budget.
   */
  const storeAs = (customer: GivenCustomer, address: string): RequestOptions => ({
    token: customer.accessToken,
    headers: { 'x-forwarded-for': address },
  });
  const customerWrites = (orderId: string, body: unknown, options: RequestOptions) =>
    given.http.post<Message & Problem>(`/store/me/orders/${orderId}/messages`, { ...options, body });
  const customerReads = (orderId: string, options: RequestOptions) =>
    given.http.get<PageOf<Message> & Problem>(`/store/me/orders/${orderId}/messages`, options);
  const staffWrites = (orderId: string, body: unknown, staff: GivenStaff = support) =>
    given.http.post<Message & Problem>(`/admin/orders/${orderId}/messages`, { token: staff.accessToken, body });
  const staffReads = (orderId: string, token = support.accessToken) =>
    given.http.get<PageOf<Message>>(`/admin/orders/${orderId}/messages`, { token });
  const inbox = (query = '') => given.http.get<PageOf<Thread> & Problem>(`/admin/messages/inbox?${query}`, { token: owner.accessToken });
  const staffUnread = async () => (await given.http.get<Unread>('/admin/messages/unread-count', { token: owner.accessToken })).body;
  const customerUnread = async (customer: GivenCustomer) =>
    (await given.http.get<Unread>('/store/me/messages/unread-count', { token: customer.accessToken })).body;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
    owner = await given.staff('owner');
    support = await given.staff('support');
    const shop = await givenCheckout(app, given, owner.accessToken);
    const { variantId } = await shop.cart.variant({ price: 1500, trackInventory: false });
    placeOrder = async (customer) => {
      const cart = await shop.readyCart(variantId, 1, customer?.accessToken, { email: customer?.email });
      const paid = await shop.pay(cart.id, cart.auth, { provider: 'sandbox', methodToken: 'tok_sandbox_approve' });
      if (paid.status !== 201 || !paid.body.order) throw new Error(JSON.stringify(paid.body));
      return { id: paid.body.order.id, number: paid.body.order.number };
    };
  });
  afterAll(() => app?.close());

  it('carries a question to staff and their reply back, counting what each side has not read', async () => {
    const customer = await given.customer();
    const order = await placeOrder(customer);
    const as = storeAs(customer, '10.0.0.1');
    const staffUnreadBefore = await staffUnread();

    const question = await customerWrites(order.id, { body: '  Could it come on Saturday?\n' }, as);
    expect(question.status).toBe(201);
    expect(question.body).toMatchObject({ orderId: order.id, from: 'customer', body: 'Could it come on Saturday?', readByStaffAt: null });
    expect(question.body.readByCustomerAt).not.toBeNull();
    expect(question.body).not.toHaveProperty('authorId');
    expect(await staffUnread()).toEqual({ messages: staffUnreadBefore.messages + 1, threads: staffUnreadBefore.threads + 1 });
    expect(await customerUnread(customer)).toEqual({ messages: 0, threads: 0 });

    // Support opens the thread: it is read, and the staff badge goes back down.
    const seen = await staffReads(order.id);
    expect(seen.status).toBe(200);
    expect(seen.body.items).toEqual([
      expect.objectContaining({ id: question.body.id, from: 'customer', authorName: 'Test', readByStaffAt: expect.any(String) }),
    ]);
    expect(await staffUnread()).toEqual(staffUnreadBefore);

    const reply = await staffWrites(order.id, { body: 'Yes, Saturday works. We will ship it on Friday.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ from: 'staff', authorId: support.id, authorName: 'Test support', readByCustomerAt: null });
    expect(await customerUnread(customer)).toEqual({ messages: 1, threads: 1 });
    expect(await staffUnread()).toEqual(staffUnreadBefore);
    const history = async () =>
      (await given.http.get<PageOf<{ id: string; unreadMessages: number }>>('/store/me/orders', { token: customer.accessToken })).body
        .items;
    expect(await history()).toEqual([expect.objectContaining({ id: order.id, unreadMessages: 1 })]);

    // The customer reads the thread newest first; opening it marks the reply read.
    const thread = await customerReads(order.id, as);
    expect(thread.status).toBe(200);
    expect(thread.body.items.map((m) => [m.from, m.body])).toEqual([
      ['staff', 'Yes, Saturday works. We will ship it on Friday.'],
      ['customer', 'Could it come on Saturday?'],
    ]);
    expect(thread.body.items[0].readByCustomerAt).not.toBeNull();
    expect(thread.body.items[0]).not.toHaveProperty('authorName');
    expect(await customerUnread(customer)).toEqual({ messages: 0, threads: 0 });
    expect(await history()).toEqual([expect.objectContaining({ id: order.id, unreadMessages: 0 })]);

    // Both messages are on the order's timeline, with who wrote them.
    const detail = await given.http.get<{ timeline: { kind: string; data: unknown; actorType: string; actorId: string | null }[] }>(
      `/admin/orders/${order.id}`,
      { token: owner.accessToken },
    );
    expect(detail.body.timeline.filter((e) => e.kind === 'message')).toEqual([
      expect.objectContaining({ data: { messageId: question.body.id, from: 'customer' }, actorType: 'customer' }),
      expect.objectContaining({ data: { messageId: reply.body.id, from: 'staff' }, actorType: 'staff', actorId: support.id }),
    ]);

    // The reply, not the question, emailed the customer.
    const mails: { template: string; text_body: string }[] = await app.db.manager.query(
      `SELECT template, text_body FROM mail_messages WHERE to_address = $1 AND template LIKE 'order-message%'`,
      [customer.email],
    );
    expect(mails).toEqual([expect.objectContaining({ template: 'order-message-reply' })]);
    expect(mails[0].text_body).toContain('Saturday works');
  });

  it('lists threads by their latest message, with unread counts, an unread filter and pages', async () => {
    const [ada, alan] = [await given.customer(), await given.customer()];
    const [first, second, third] = [await placeOrder(ada), await placeOrder(alan), await placeOrder(ada)];
    await customerWrites(first.id, { body: 'First question' }, storeAs(ada, '10.0.0.2'));
    await customerWrites(second.id, { body: 'Second question' }, storeAs(alan, '10.0.0.2'));
    await customerWrites(second.id, { body: 'Second, once more' }, storeAs(alan, '10.0.0.2'));
    await customerWrites(third.id, { body: 'Third question' }, storeAs(ada, '10.0.0.2'));
    // Staff answering the first order makes it the most recent thread, with nothing unread.
    await staffWrites(first.id, { body: 'Answer to the first' });

    const ours = (threads: Thread[]) => threads.filter((t) => [first.id, second.id, third.id].includes(t.orderId));
    const all = await inbox('limit=100');
    expect(all.status).toBe(200);
    expect(ours(all.body.items).map((t) => [t.orderNumber, t.unreadCount, t.lastMessage.excerpt])).toEqual([
      [first.number, 0, 'Answer to the first'],
      [third.number, 1, 'Third question'],
      [second.number, 2, 'Second, once more'],
    ]);
    expect(ours(all.body.items)[0]).toMatchObject({ customerName: 'Test', lastMessage: { from: 'staff' } });

    const unread = await inbox('unread=true&limit=100');
    expect(ours(unread.body.items).map((t) => t.orderNumber)).toEqual([third.number, second.number]);

    // Page by page, newest first, each thread once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: PageOf<Thread> = (await inbox(`limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
      seen.push(...page.items.map((t) => t.orderId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((id) => [first.id, second.id, third.id].includes(id))).toEqual([first.id, third.id, second.id]);
    expect(new Set(seen).size).toBe(seen.length);

    const forged = await inbox(`cursor=${Buffer.from(JSON.stringify(['soon', 'x'])).toString('base64url')}`);
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('invalid_cursor');
    expect((await inbox('unread=maybe')).body.errors.map((e) => e.pointer)).toEqual(['/unread']);
  });

  it("answers another customer's order, an unknown one and a guest's as not found", async () => {
    const [owner_, other] = [await given.customer(), await given.customer()];
    const order = await placeOrder(owner_);
    const guestOrder = await placeOrder();
    await customerWrites(order.id, { body: 'Mine' }, storeAs(owner_, '10.0.0.3'));
    const as = storeAs(other, '10.0.0.3');

    for (const id of [order.id, guestOrder.id, randomUUID()]) {
      expect((await customerReads(id, as)).status).toBe(404);
      expect((await customerWrites(id, { body: 'Not mine' }, as)).status).toBe(404);
    }
    expect((await customerReads('not-an-id', as)).body.errors.map((e) => e.pointer)).toEqual(['/id']);
    // Nothing was written or marked read on the owner's thread.
    const thread = await staffReads(order.id, owner.accessToken);
    expect(thread.body.items.map((m) => m.body)).toEqual(['Mine']);
    expect((await staffReads(randomUUID())).status).toBe(404);
  });

  it('wants a signed-in customer on the store side, and the right permission on the admin side', async () => {
    const customer = await given.customer();
    const order = await placeOrder(customer);
    const anonymous = { headers: { 'x-forwarded-for': '10.0.0.4' } };
    expect((await customerReads(order.id, anonymous)).status).toBe(401);
    expect((await customerWrites(order.id, { body: 'Hello' }, anonymous)).status).toBe(401);
    expect((await given.http.get('/store/me/messages/unread-count')).status).toBe(401);
    // A staff token is a valid identity, but not a customer's.
    expect((await customerWrites(order.id, { body: 'Hello' }, { token: support.accessToken })).status).toBe(403);

    const [catalog, analyst, fulfilment] = [await given.staff('catalog'), await given.staff('analyst'), await given.staff('fulfilment')];
    expect((await staffReads(order.id, catalog.accessToken)).status).toBe(403);
    expect((await given.http.get('/admin/messages/inbox', { token: catalog.accessToken })).status).toBe(403);
    expect((await staffReads(order.id, analyst.accessToken)).status).toBe(200);
    expect((await staffWrites(order.id, { body: 'Hi' }, analyst)).status).toBe(403);
    expect((await staffWrites(order.id, { body: 'Packed and ready' }, fulfilment)).status).toBe(201);
    expect((await given.http.get('/admin/messages/inbox', { token: customer.accessToken })).status).toBe(403);
  });

  it('lets an integration reply with an API key, without marking the thread read for staff', async () => {
    const customer = await given.customer();
    const order = await placeOrder(customer);
    await customerWrites(order.id, { body: 'Any news?' }, storeAs(customer, '10.0.0.5'));
    const key = await given.apiKey(owner, ['orders:read', 'messages:reply']);

    const read = await staffReads(order.id, key.secret);
    expect(read.body.items[0].readByStaffAt).toBeNull();
    const reply = await given.http.post<Message>(`/admin/orders/${order.id}/messages`, {
      token: key.secret,
      body: { body: 'It left today.' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ from: 'staff', authorId: null, authorName: null });
    const events = await app.db.manager.query(`SELECT actor_type, actor_id FROM order_events WHERE order_id = $1 AND kind = 'message'`, [
      order.id,
    ]);
    expect(events).toEqual([
      { actor_type: 'customer', actor_id: expect.any(String) },
      { actor_type: 'api_key', actor_id: key.id },
    ]);
  });

  it('refuses an empty or oversized message with a pointer, and too many in a minute', async () => {
    const customer = await given.customer();
    const order = await placeOrder(customer);
    const as = storeAs(customer, '10.0.0.6');
    const bodies = [{ body: '' }, { body: ' \n\t ' }, { body: 'x'.repeat(5001) }, {}, { body: 42 }];
    for (const body of bodies) {
      const answer = await customerWrites(order.id, body, as);
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((e) => e.pointer)).toContain('/body');
      const staffAnswer = await staffWrites(order.id, body);
      expect(staffAnswer.status).toBe(400);
      expect(staffAnswer.body.errors.map((e) => e.pointer)).toContain('/body');
    }
    expect((await customerWrites(order.id, { body: 'ok', extra: true }, as)).body.errors.map((e) => e.pointer)).toEqual(['/extra']);
    expect((await customerWrites(order.id, { body: 'x'.repeat(5000) }, as)).status).toBe(201);
    expect((await staffReads(order.id)).body.items).toHaveLength(1);

    // Seven posts so far from this address; the tenth per minute is the last one allowed.
    for (let i = 0; i < 3; i++) expect((await customerWrites(order.id, { body: `Again ${i}` }, as)).status).toBe(201);
    expect((await customerWrites(order.id, { body: 'One too many' }, as)).status).toBe(429);
  });
});
