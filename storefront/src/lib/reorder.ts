import { isProblemError, type OrderLineView } from '@tillpoint/sdk';
import { addCartLine, type ShopperContext } from './shopper-cart';

/** What "Buy again" did, kept for the cart page: how many units went in and which items could not. */
export interface ReorderNotice {
  orderNumber: number;
  addedUnits: number;
  missed: string[];
}

/** The cart notice is a cookie: a handful of names is enough to say what is missing. */
const MAX_NAMED = 5;
const MAX_NAME_LENGTH = 80;

function lineName(line: Pick<OrderLineView, 'title' | 'variantTitle'>): string {
  const name = line.variantTitle ? `${line.title} (${line.variantTitle})` : line.title;
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

/**
 * Puts the order's items back in the shopper's cart, one line at a time so that what is still sold goes in
 * even when another item is sold out, gone from the catalogue or past a cart limit. Nothing is thrown: a
 * line the API refuses, or cannot take because it is unreachable, is named in the notice instead.
 */
export async function reorder(
  shopper: ShopperContext,
  order: { number: number; lines: Pick<OrderLineView, 'variantId' | 'quantity' | 'title' | 'variantTitle'>[] },
): Promise<ReorderNotice> {
  let addedUnits = 0;
  const missed: string[] = [];
  for (const line of order.lines) {
    if (!line.variantId) {
      missed.push(lineName(line));
      continue;
    }
    try {
      await addCartLine(shopper, { variantId: line.variantId, quantity: line.quantity });
      addedUnits += line.quantity;
    } catch (error) {
      if (!isProblemError(error) || error.status >= 500) {
        console.error('Could not add an item to buy again:', error instanceof Error ? error.message : error);
      }
      missed.push(lineName(line));
    }
  }
  return { orderNumber: order.number, addedUnits, missed };
}

export function isReorderNotice(value: unknown): value is ReorderNotice {
  const notice = value as Partial<ReorderNotice> | null;
  return (
    typeof notice === 'object' &&
    notice !== null &&
    typeof notice.orderNumber === 'number' &&
    typeof notice.addedUnits === 'number' &&
    Array.isArray(notice.missed) &&
    notice.missed.every((name) => typeof name === 'string')
  );
}

export interface ReorderMessage {
  tone: 'success' | 'info' | 'error';
  title: string;
  text: string;
}

function listNames(names: readonly string[]): string {
  const named = names.slice(0, MAX_NAMED);
  const rest = names.length - named.length;
  const all = rest > 0 ? [...named, `${rest} more`] : named;
  return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/** The cart page's words for what "Buy again" did. */
export function reorderMessage(notice: ReorderNotice): ReorderMessage {
  const order = `order #${notice.orderNumber}`;
  const units = `${notice.addedUnits} ${notice.addedUnits === 1 ? 'item' : 'items'}`;
  if (notice.missed.length === 0) {
    return {
      tone: 'success',
      title: 'Added to your cart',
      text: `${units} from ${order} ${notice.addedUnits === 1 ? 'is' : 'are'} in your cart.`,
    };
  }
  const unavailable = `${listNames(notice.missed)} could not be added: sold out or no longer available.`;
  if (notice.addedUnits === 0) return { tone: 'error', title: `Nothing from ${order} could be added`, text: unavailable };
  const rest = notice.addedUnits === 1 ? 'The other item is' : `The other ${notice.addedUnits} items are`;
  return { tone: 'info', title: `Some items from ${order} could not be added`, text: `${unavailable} ${rest} in your cart.` };
}
