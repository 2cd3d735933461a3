import { givenFor, Given, GivenStaff } from '../support/given';
import { call } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

interface SettingsBody {
  pricesIncludeTax: boolean;
  code?: string;
  errors?: { pointer: string; detail: string }[];
}

describe('tax settings', () => {
  let app: TestApp;
  let given: Given;
  let owner: GivenStaff;

  beforeAll(async () => {
    app = await startTestApp({ withoutRedis: true });
    given = givenFor(app);
    owner = await given.staff('owner');
  });
  afterAll(() => app.close());

  const get = (token = owner.accessToken) => given.http.get<SettingsBody>('/admin/tax-settings', { token });
  const put = (body: unknown, token = owner.accessToken) => call<SettingsBody>(app.url, 'PUT', '/admin/tax-settings', { token, body });

  it('starts with prices that include tax, as in the Dutch demo store', async () => {
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ pricesIncludeTax: true });
  });

  it('replaces the settings and keeps them under the tax key', async () => {
    expect((await put({ pricesIncludeTax: false })).body).toEqual({ pricesIncludeTax: false });
    expect((await get()).body).toEqual({ pricesIncludeTax: false });
    const [row] = await app.db.manager.query(`SELECT value FROM store_settings WHERE key = 'tax'`);
    expect(row.value).toEqual({ pricesIncludeTax: false });
    await put({ pricesIncludeTax: true });
  });

  it('refuses an empty or mistyped body, naming the field, and keeps what it had', async () => {
    for (const body of [{}, { pricesIncludeTax: 'yes' }, { pricesIncludeTax: true, display: 'inclusive' }]) {
      const answer = await put(body);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('validation_failed');
      expect(answer.body.errors?.length).toBeGreaterThan(0);
    }
    expect((await put({})).body.errors).toEqual([{ pointer: '/pricesIncludeTax', detail: 'must be a boolean value' }]);
    expect((await get()).body).toEqual({ pricesIncludeTax: true });
  });

  it('lets managers read but only owners change the tax settings', async () => {
    const manager = await given.staff('manager');
    const analyst = await given.staff('analyst');
    expect((await get(manager.accessToken)).status).toBe(200);
    expect((await put({ pricesIncludeTax: false }, manager.accessToken)).status).toBe(403);
    expect((await get(analyst.accessToken)).status).toBe(403);
    expect((await get()).body).toEqual({ pricesIncludeTax: true });
  });
});
