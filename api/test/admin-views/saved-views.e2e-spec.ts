import { randomUUID } from 'node:crypto';
import { givenFor, Given, GivenStaff } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

interface View {
  id: string;
  name: string;
  filters: Record<string, unknown>;
  shared: boolean;
  ownerId: string;
  mine: boolean;
}

interface Problem {
  code: string;
  detail: string;
  errors?: { pointer: string }[];
}

describe('saved views of the order list', () => {
  let app: TestApp;
  let given: Given;

  const views = (staff: GivenStaff) => ({
    list: (resource = 'orders') =>
      given.http.get<{ items: View[] } & Problem>(`/admin/saved-views?resource=${resource}`, { token: staff.accessToken }),
    save: (body: Record<string, unknown>) =>
      given.http.post<View & Problem>('/admin/saved-views', { token: staff.accessToken, body: { resource: 'orders', ...body } }),
    remove: (id: string) => given.http.delete<Problem>(`/admin/saved-views/${id}`, { token: staff.accessToken }),
  });
  const names = (items: View[]) => items.map((view) => view.name);
  // Other tests share views too: a test looks only at the views of the staff it made.
  const namesBy = (items: View[], ...owners: GivenStaff[]) =>
    names(items.filter((view) => owners.some((owner) => owner.id === view.ownerId)));

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
  });
  afterAll(() => app.close());

  it('saves filters under a name, lists mine first, then what colleagues shared, and deletes', async () => {
    const [anna, bert] = await Promise.all([given.staff('support'), given.staff('fulfilment')]);
    const saved = await views(anna).save({ name: ' Unpaid ', filters: { paymentStatus: 'pending', totalMin: 1000 } });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ name: 'Unpaid', filters: { paymentStatus: 'pending', totalMin: 1000 }, shared: false, mine: true });
    expect(saved.body.ownerId).toBe(anna.id);
    const team = await views(bert).save({ name: 'To ship', filters: { fulfilmentStatus: 'unfulfilled' }, shared: true });
    expect(team.status).toBe(201);

    expect(namesBy((await views(anna).list()).body.items, anna, bert)).toEqual(['Unpaid', 'To ship']);
    expect((await views(anna).list()).body.items.find((view) => view.ownerId === bert.id)).toMatchObject({
      mine: false,
      shared: true,
      ownerId: bert.id,
    });
    expect(namesBy((await views(bert).list()).body.items, anna, bert)).toEqual(['To ship']);

    expect((await views(anna).remove(saved.body.id)).status).toBe(204);
    expect(namesBy((await views(anna).list()).body.items, anna, bert)).toEqual(['To ship']);
  });

  it("hides another staff member's private view, and lets only the owner delete a shared one", async () => {
    const [anna, bert] = await Promise.all([given.staff('manager'), given.staff('support')]);
    const secret = await views(anna).save({ name: 'Mine only', filters: { q: 'vip' } });
    const shared = await views(anna).save({ name: 'For everyone', filters: {}, shared: true });
    expect(names((await views(bert).list()).body.items)).not.toContain('Mine only');
    expect((await views(bert).remove(secret.body.id)).status).toBe(404);
    expect((await views(bert).remove(randomUUID())).status).toBe(404);
    const refused = await views(bert).remove(shared.body.id);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('not_view_owner');
    expect(namesBy((await views(anna).list()).body.items, anna)).toEqual(['Mine only', 'For everyone']);
  });

  it('needs the permission that reads the list, and a person rather than an API key', async () => {
    const catalog = await given.staff('catalog');
    const owner = await given.staff('owner');
    expect((await views(catalog).list()).status).toBe(403);
    expect((await views(catalog).save({ name: 'Nope', filters: {} })).status).toBe(403);
    expect((await given.http.get('/admin/saved-views?resource=orders')).status).toBe(401);
    const key = await given.apiKey(owner, ['orders:read']);
    expect((await given.http.get('/admin/saved-views?resource=orders', { token: key.secret })).status).toBe(403);

    const mine = await views(owner).save({ name: 'Big orders', filters: { totalMin: 50000 } });
    expect((await views(catalog).remove(mine.body.id)).status).toBe(404);
  });

  it('names what is wrong with a view and keeps nothing of it', async () => {
    const anna = await given.staff('support');
    const unknownList = await views(anna).list('spaceships');
    expect(unknownList.status).toBe(400);
    expect(unknownList.body.errors?.map((e) => e.pointer)).toEqual(['/resource']);

    const bad = await views(anna).save({ name: '   ', filters: { 'bad key': 1, nested: { a: 1 }, q: 'x'.repeat(201) } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.pointer).sort()).toEqual(['/filters/bad key', '/filters/nested', '/filters/q', '/name']);
    const notAnObject = await views(anna).save({ name: 'List', filters: ['paid'] });
    expect(notAnObject.status).toBe(400);
    expect((await given.http.delete('/admin/saved-views/not-a-uuid', { token: anna.accessToken })).status).toBe(400);

    expect((await views(anna).save({ name: 'Paid', filters: { paymentStatus: 'paid' } })).status).toBe(201);
    const twice = await views(anna).save({ name: 'PAID', filters: {} });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'saved_view_name_taken', errors: [{ pointer: '/name' }] });
    expect(namesBy((await views(anna).list()).body.items, anna)).toEqual(['Paid']);
  });
});
