import { describe, expect, it, jest } from '@jest/globals';
import { ProblemError, type CartView, type TillpointClient } from '@tillpoint/sdk';
import type { AstroCookies } from 'astro';
import { isReorderNotice, reorder, reorderMessage } from './reorder';
import type { ShopperContext } from './shopper-cart';

const CART_ID = '7f0c2a4e-6a55-4c1e-9a53-0b6f9c1d2e3f';

/** A signed-in shopper whose API answers adds from `answers` by variant id. */
function shopper(answers: Record<string, 'ok' | ProblemError | Error>): { context: ShopperContext; added: string[] } {
  const jar = new Map<string, string>([['tp_cart', CART_ID]]);
  const cookies = {
    get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => jar.set(name, value),
    delete: (name: string) => jar.delete(name),
  } as unknown as AstroCookies;
  const cart = { id: CART_ID, status: 'open', lines: [] } as unknown as CartView;
  const added: string[] = [];
  const api = {
    storeGetCart: async () => cart,
    storeCreateCart: async () => cart,
    storeAddCartLine: async ({ body }: { body: { variantId: string } }) => {
      const answer = answers[body.variantId];
      if (answer !== 'ok') throw answer;
      added.push(body.variantId);
      return cart;
    },
  } as unknown as TillpointClient;
  return { context: { api, cookies, secure: false, signedIn: true }, added };
}

const problem = (status: number, code: string) => new ProblemError({ type: `/problems/${code}`, title: code, status, code });
const line = (variantId: string | null, title: string, quantity = 1) => ({ variantId, title, variantTitle: 'M', quantity });

describe('buy again', () => {
  it('adds what is still sold and names what is not', async () => {
    const { context, added } = shopper({ coat: 'ok', hat: problem(409, 'insufficient_stock'), scarf: problem(400, 'validation_failed') });
    const notice = await reorder(context, {
      number: 1042,
      lines: [line('coat', 'Rain coat', 2), line('hat', 'Beanie'), line('scarf', 'Scarf'), line(null, 'Gift card')],
    });
    expect(added).toEqual(['coat']);
    expect(notice).toEqual({ orderNumber: 1042, addedUnits: 2, missed: ['Beanie (M)', 'Scarf (M)', 'Gift card (M)'] });
  });

  it('names the item when the API cannot be reached instead of failing the whole order', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { context } = shopper({ coat: new Error('fetch failed') });
    await expect(reorder(context, { number: 7, lines: [line('coat', 'Rain coat')] })).resolves.toEqual({
      orderNumber: 7,
      addedUnits: 0,
      missed: ['Rain coat (M)'],
    });
  });
});

describe('the cart notice after buying again', () => {
  it('confirms when everything went in', () => {
    expect(reorderMessage({ orderNumber: 1042, addedUnits: 3, missed: [] })).toEqual({
      tone: 'success',
      title: 'Added to your cart',
      text: '3 items from order #1042 are in your cart.',
    });
  });

  it('names what could not be added, and what did', () => {
    expect(reorderMessage({ orderNumber: 1042, addedUnits: 1, missed: ['Beanie (M)', 'Scarf (M)'] })).toEqual({
      tone: 'info',
      title: 'Some items from order #1042 could not be added',
      text: 'Beanie (M) and Scarf (M) could not be added: sold out or no longer available. The other item is in your cart.',
    });
  });

  it('says so when nothing could be added, and shortens a long list', () => {
    const missed = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    expect(reorderMessage({ orderNumber: 9, addedUnits: 0, missed })).toEqual({
      tone: 'error',
      title: 'Nothing from order #9 could be added',
      text: 'A, B, C, D, E and 2 more could not be added: sold out or no longer available.',
    });
  });

  it('reads back only a notice of the right shape', () => {
    expect(isReorderNotice({ orderNumber: 1, addedUnits: 0, missed: ['A'] })).toBe(true);
    expect(isReorderNotice({ orderNumber: 1, addedUnits: 0, missed: [1] })).toBe(false);
    expect(isReorderNotice('<script>')).toBe(false);
    expect(isReorderNotice(null)).toBe(false);
  });
});
