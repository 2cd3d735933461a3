import { isProblemError } from '@tillpoint/sdk';
import type { APIRoute } from 'astro';
import { writeCartNotice } from '../../../../lib/cart-cookies';
import { orderHref } from '../../../../lib/order-labels';
import { reorder } from '../../../../lib/reorder';
import { shopperContext } from '../../../../lib/shopper-cart';

/**
 * "Buy again", a plain form post (it works without JavaScript): the order's items still on sale go into
 * the cart, and the cart page says which could not. The order is read as this customer's, so another
 * customer's order id finds nothing, as on the order page.
 */
export const POST: APIRoute = async (context) => {
  const { api, customer } = context.locals;
  const id = context.params.id ?? '';
  if (!customer) return context.redirect(`/account/sign-in?next=${encodeURIComponent(orderHref(id))}`, 303);
  let order;
  try {
    order = await api.storeGetMyOrder({ path: { id } });
  } catch (error) {
    // Unknown or not theirs: the order page says "not found". Anything else: it says the cart was not filled.
    if (isProblemError(error) && (error.status === 404 || error.status === 400)) return context.redirect(orderHref(id), 303);
    console.error('Could not read the order to buy again:', error instanceof Error ? error.message : error);
    return context.redirect(`${orderHref(id)}?reorder=failed`, 303);
  }
  const shopper = shopperContext(context);
  writeCartNotice(context.cookies, await reorder(shopper, order), shopper.secure);
  return context.redirect('/cart', 303);
};
