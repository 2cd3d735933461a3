import { randomUUID } from 'node:crypto';
import { givenFor, Given, GivenCustomer } from '../support/given';
import { startTestApp, TestApp } from '../support/test-app';

interface Entry {
  id: string;
  label: string | null;
  address: { firstName: string; postcode: string; country: string };
  defaultShipping: boolean;
  defaultBilling: boolean;
}

const HOME = {
  firstName: ' Anna ',
  lastName: 'de Vries',
  line1: 'Keizersgracht 123',
  city: 'Amsterdam',
  postcode: '1015 cj',
  country: 'nl',
};
const WORK = { firstName: 'Anna', lastName: 'de Vries', line1: 'Damrak 1', city: 'Amsterdam', postcode: '1012 LG', country: 'NL' };

describe('the address book', () => {
  let app: TestApp;
  let given: Given;

  const book = (customer: GivenCustomer) => ({
    list: () => given.http.get<{ items: Entry[] }>('/store/me/addresses', { token: customer.accessToken }),
    add: (body: unknown) =>
      given.http.post<Entry & { errors?: { pointer: string }[] }>('/store/me/addresses', { token: customer.accessToken, body }),
    replace: (id: string, body: unknown) => given.http.put<Entry>(`/store/me/addresses/${id}`, { token: customer.accessToken, body }),
    remove: (id: string) => given.http.delete(`/store/me/addresses/${id}`, { token: customer.accessToken }),
  });
  const defaults = (items: Entry[]) => items.map((e) => [e.label, e.defaultShipping, e.defaultBilling]);

  beforeAll(async () => {
    app = await startTestApp();
    given = givenFor(app);
  });
  afterAll(() => app.close());

  it('keeps addresses tidied up, the first as both defaults, and moves a default when another takes it', async () => {
    const anna = book(await given.customer());
    const home = await anna.add({ ...HOME, label: 'Home' });
    expect(home.status).toBe(201);
    expect(home.body).toMatchObject({
      label: 'Home',
      address: { firstName: 'Anna', postcode: '1015 CJ', country: 'NL' },
      defaultShipping: true,
      defaultBilling: true,
    });
    const work = await anna.add({ ...WORK, label: 'Work', defaultShipping: true });
    expect(defaults((await anna.list()).body.items)).toEqual([
      ['Home', false, true],
      ['Work', true, false],
    ]);
    await anna.replace(home.body.id, { ...HOME, label: 'Home', defaultShipping: true });
    expect(defaults((await anna.list()).body.items)).toEqual([
      ['Home', true, true],
      ['Work', false, false],
    ]);
    expect((await anna.remove(home.body.id)).status).toBe(204);
    expect(defaults((await anna.list()).body.items)).toEqual([['Work', true, true]]);
    expect(work.status).toBe(201);
  });

  it("never shows or changes another customer's address", async () => {
    const [anna, bert] = [book(await given.customer()), book(await given.customer())];
    const home = await anna.add(HOME);
    expect((await bert.list()).body.items).toEqual([]);
    expect((await bert.replace(home.body.id, WORK)).status).toBe(404);
    expect((await bert.remove(home.body.id)).status).toBe(404);
    expect((await bert.remove(randomUUID())).status).toBe(404);
    expect((await anna.list()).body.items.map((e) => e.address.postcode)).toEqual(['1015 CJ']);
    expect((await given.http.get('/store/me/addresses')).status).toBe(401);
  });

  it('names what is wrong with an address and keeps nothing of it', async () => {
    const anna = book(await given.customer());
    const bad = await anna.add({ ...HOME, postcode: '12', country: 'NL' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => e.pointer)).toEqual(['/postcode']);
    const missing = await anna.add({ firstName: 'Anna', defaultShipping: 'yes' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors?.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/lastName', '/line1', '/defaultShipping']));
    expect((await anna.list()).body.items).toEqual([]);
  });
});
