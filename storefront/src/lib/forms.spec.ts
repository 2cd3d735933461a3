import { describe, expect, it, jest } from '@jest/globals';
import { ProblemError } from '@tillpoint/sdk';
import { fieldError, NO_ERRORS, submitForm } from './forms';

function posted(fields: Record<string, string>): Request {
  return new Request('http://shop.test/account/profile', { method: 'POST', body: new URLSearchParams(fields) });
}

const redirect = () => new Response(null, { status: 303, headers: { location: '/account?notice=saved' } });
const anAction = () => jest.fn<(values: Record<string, string>) => Promise<Response>>(async () => redirect());
const form = { fields: ['email', 'password'] as const, required: { email: 'Enter your email address' }, labels: { email: 'Email' } };

describe('submitForm', () => {
  it('runs the action with the posted values and hands back its redirect', async () => {
    const action = anAction();
    const submitted = await submitForm(posted({ email: 'ada@example.com', password: 'secret' }), form, action);
    expect(action).toHaveBeenCalledWith({ email: 'ada@example.com', password: 'secret' });
    expect(submitted.response?.status).toBe(303);
    expect(submitted.errors).toEqual(NO_ERRORS);
  });

  it('asks for a missing required field without calling the API', async () => {
    const action = anAction();
    const submitted = await submitForm(posted({ email: '  ', password: '' }), form, action);
    expect(action).not.toHaveBeenCalled();
    expect(submitted.response).toBeUndefined();
    expect(submitted.errors.fields).toEqual({ email: 'Enter your email address' });
    expect(submitted.values).toEqual({ email: '  ', password: '' });
  });

  it("puts the API's refusal beside the field it names", async () => {
    const problem = new ProblemError({
      type: '/problems/validation-failed',
      title: 'Invalid input',
      status: 400,
      code: 'validation_failed',
      errors: [{ pointer: '/email', detail: 'is taken' }],
    });
    const submitted = await submitForm(posted({ email: 'ada@example.com' }), form, async () => {
      throw problem;
    });
    expect(submitted.response).toBeUndefined();
    expect(submitted.errors.fields).toEqual({ email: 'Email is taken' });
  });
});

describe('fieldError', () => {
  const errors = { fields: { lastName: 'Enter your last name', email: 'Enter your email address' } };

  it("reads a field's error from the form's, and focuses the first invalid field only", () => {
    expect(fieldError('lastName', errors, {})).toEqual({ error: 'Enter your last name', autofocus: true });
    expect(fieldError('email', errors, {})).toEqual({ error: 'Enter your email address', autofocus: false });
  });

  it('prefers what the field was given', () => {
    expect(fieldError('email', errors, { error: 'Given', autofocus: true })).toEqual({ error: 'Given', autofocus: true });
    expect(fieldError('email', undefined, {})).toEqual({ error: undefined, autofocus: undefined });
  });
});
