import type { APIRoute } from 'astro';
import { writeSessionTokens } from '../../lib/session-cookies';

export const POST: APIRoute = async ({ locals, cookies, url, redirect }) => {
  // signOut ends the session on the API (and ignores its failure); the cookies go regardless.
  await locals.api.signOut();
  writeSessionTokens(cookies, null, url.protocol === 'https:');
  return redirect('/account/sign-in?notice=signed-out', 303);
};

/** Signing out changes state, so only a (same-origin, checked) POST may do it; a link lands on the account. */
export const GET: APIRoute = ({ redirect }) => redirect('/account');
