import { isProblemError } from '@tillpoint/sdk';
import type { APIRoute } from 'astro';
import { readFields } from '../../../../lib/forms';
import { orderHref } from '../../../../lib/order-labels';
import { messagesHref, outcomeOfFailure } from '../../../../lib/order-messages';

/**
 * The order page's message form posts here (no JavaScript needed) and is sent back to the thread with
 * the outcome: a POST then a redirect, so reloading the page never sends the message twice.
 */
export const POST: APIRoute = async ({ params, request, locals, redirect }) => {
  const id = params.id ?? '';
  if (!locals.customer) return redirect(`/account/sign-in?next=${encodeURIComponent(orderHref(id))}`, 303);
  const { body } = await readFields(request, ['body']);
  if (!body.trim()) return redirect(messagesHref(id, 'empty'), 303);
  try {
    await locals.api.storePostMyOrderMessage({ path: { id }, body: { body } });
    return redirect(messagesHref(id, 'sent'), 303);
  } catch (error) {
    // Not this customer's order (or no order at all): the order page says "not found" on its own.
    if (isProblemError(error) && error.status === 404) return redirect(orderHref(id), 303);
    return redirect(messagesHref(id, outcomeOfFailure(error)), 303);
  }
};

/** Only the form's POST sends a message; a link here lands on the order. */
export const GET: APIRoute = ({ params, redirect }) => redirect(messagesHref(params.id ?? ''));
