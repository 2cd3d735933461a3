import { startAppForSuite } from '../support/suite-app';

interface Problem {
  status: number;
  code: string;
  errors?: { pointer: string; detail: string }[];
}

describe('changing the sign-in email', () => {
  const suite = startAppForSuite({ withoutRedis: true });

  const change = (token: string, body: unknown) => suite.given.http.post<Problem & { email: string }>('/store/me/email', { token, body });
  const login = (email: string, password: string) => suite.given.http.post('/store/auth/login', { body: { email, password } });

  it('moves the account to the new address, tells the old one, and signs in with the new one only', async () => {
    const customer = await suite.given.customer();
    const newEmail = customer.email.replace('@', '.new@');
    const changed = await change(customer.accessToken, { newEmail: ` ${newEmail.toUpperCase()} `, password: customer.password });
    expect(changed.status).toBe(200);
    expect(changed.body.email).toBe(newEmail);

    expect((await login(newEmail, customer.password)).status).toBe(200);
    expect((await login(customer.email, customer.password)).status).toBe(401);
    const [mail] = await suite.app.db.manager.query(`SELECT template, subject, text_body FROM mail_messages WHERE to_address = $1`, [
      customer.email,
    ]);
    expect(mail).toMatchObject({ template: 'email-changed', subject: expect.stringContaining('email address was changed') });
    // Half-hidden: enough for the owner to recognise, never the whole new address.
    expect(mail.text_body).not.toContain(newEmail);
    expect(mail.text_body).toContain(newEmail.slice(newEmail.indexOf('@')));
  });

  it('refuses a wrong password with a problem that points at it, and changes nothing', async () => {
    const customer = await suite.given.customer();
    const refused = await change(customer.accessToken, { newEmail: customer.email.replace('@', '.x@'), password: 'not-my-password' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'wrong_password', errors: [{ pointer: '/password', detail: 'is wrong' }] });
    expect((await login(customer.email, customer.password)).status).toBe(200);
  });

  it("answers 409 for another account's address, as registration does, and keeps both accounts as they were", async () => {
    const [customer, other] = [await suite.given.customer(), await suite.given.customer()];
    const taken = await change(customer.accessToken, { newEmail: other.email, password: customer.password });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'email_taken', errors: [{ pointer: '/newEmail', detail: 'is taken' }] });
    expect((await login(customer.email, customer.password)).status).toBe(200);
    expect((await login(other.email, other.password)).status).toBe(200);
  });

  it('checks the new address before the password, and asks for a signed-in customer', async () => {
    const customer = await suite.given.customer();
    const invalid = await change(customer.accessToken, { newEmail: 'not an email', password: customer.password });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.map((e) => e.pointer)).toEqual(['/newEmail']);
    expect((await change('', { newEmail: 'a@example.com', password: 'x' })).status).toBe(401);
  });
});
