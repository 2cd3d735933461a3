import { startAppForSuite } from '../support/suite-app';

interface Me {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
}

describe('the customer profile', () => {
  const suite = startAppForSuite({ withoutRedis: true });

  it('changes the name and phone, keeps what is left out, and removes the phone on request', async () => {
    const customer = await suite.given.customer();
    const patch = (body: unknown) => suite.given.http.patch<Me>('/store/me', { token: customer.accessToken, body });

    const named = await patch({ firstName: '  Ada ', lastName: 'Lovelace', phone: '+44 20 7946 0958' });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ email: customer.email, firstName: 'Ada', lastName: 'Lovelace', phone: '+44 20 7946 0958' });

    expect((await patch({ lastName: 'King' })).body).toMatchObject({ firstName: 'Ada', lastName: 'King', phone: '+44 20 7946 0958' });
    expect((await patch({ phone: '' })).body.phone).toBeNull();
    const me = await suite.given.http.get<Me>('/store/me', { token: customer.accessToken });
    expect(me.body).toMatchObject({ firstName: 'Ada', lastName: 'King', phone: null });
  });

  it('names each wrong field and changes nothing', async () => {
    const customer = await suite.given.customer();
    const wrong = await suite.given.http.patch<{ code: string; errors: { pointer: string }[] }>('/store/me', {
      token: customer.accessToken,
      body: { firstName: 'x'.repeat(101), phone: 'call me maybe' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(wrong.body.code).toBe('validation_failed');
    expect(wrong.body.errors.map((e) => e.pointer).sort()).toEqual(['/firstName', '/phone']);
    expect((await suite.given.http.get<Me>('/store/me', { token: customer.accessToken })).body).toMatchObject({
      firstName: 'Test',
      phone: null,
    });
    expect((await suite.given.http.patch('/store/me', { body: { firstName: 'Eve' } })).status).toBe(401);
  });
});
