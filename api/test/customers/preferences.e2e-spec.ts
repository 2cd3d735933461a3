import { randomUUID } from 'node:crypto';
import { givenFor, Given } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

interface Preferences {
  marketingEmails: boolean;
  favouriteCategoryIds: string[];
  preferredDeliveryKind: string | null;
  preferredPaymentProvider: string | null;
  emails: { shipped: boolean; delivered: boolean; messageReplies: boolean };
}

describe('shopping preferences', () => {
  let app: TestApp;
  let given: Given;

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
  });
  afterAll(() => app.close());

  it('starts opted out of marketing with every order email on, and keeps what the customer saves', async () => {
    const customer = await given.customer();
    const read = () => given.http.get<Preferences>('/store/me/preferences', { token: customer.accessToken });
    expect((await read()).body).toEqual({
      marketingEmails: false,
      favouriteCategoryIds: [],
      preferredDeliveryKind: null,
      preferredPaymentProvider: null,
      emails: { shipped: true, delivered: true, messageReplies: true },
    });
    const [category] = await app.db.manager.query(`INSERT INTO categories (name, handle) VALUES ('Knitwear', $1) RETURNING id`, [
      `knitwear-${randomUUID().slice(0, 8)}`,
    ]);
    const wanted = {
      marketingEmails: true,
      favouriteCategoryIds: [category.id],
      preferredDeliveryKind: 'pickup',
      preferredPaymentProvider: 'cash_on_delivery',
      emails: { shipped: true, delivered: false, messageReplies: true },
    };
    const saved = await given.http.put<Preferences>('/store/me/preferences', { token: customer.accessToken, body: wanted });
    expect(saved.status).toBe(200);
    expect((await read()).body).toEqual(wanted);
    const other = await given.customer();
    expect((await given.http.get<Preferences>('/store/me/preferences', { token: other.accessToken })).body.marketingEmails).toBe(false);
  });

  it('names every wrong field, including a category that does not exist, and keeps nothing', async () => {
    const customer = await given.customer();
    const valid = {
      marketingEmails: true,
      favouriteCategoryIds: [],
      preferredDeliveryKind: null,
      preferredPaymentProvider: null,
      emails: { shipped: true, delivered: true, messageReplies: true },
    };
    const put = (body: unknown) =>
      given.http.put<{ errors: { pointer: string }[] }>('/store/me/preferences', { token: customer.accessToken, body });
    const wrong = await put({ ...valid, preferredDeliveryKind: 'drone', preferredPaymentProvider: 'iou', emails: { shipped: 'yes' } });
    expect(wrong.status).toBe(400);
    expect([...new Set(wrong.body.errors.map((e) => e.pointer))].sort()).toEqual(
      ['/emails/delivered', '/emails/messageReplies', '/emails/shipped', '/preferredDeliveryKind', '/preferredPaymentProvider'].sort(),
    );
    const unknown = await put({ ...valid, favouriteCategoryIds: [randomUUID()] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ pointer: '/favouriteCategoryIds/0', detail: 'is not a category' }]);
    expect((await given.http.get<Preferences>('/store/me/preferences', { token: customer.accessToken })).body.marketingEmails).toBe(false);
    expect((await given.http.get('/store/me/preferences')).status).toBe(401);
  });
});
