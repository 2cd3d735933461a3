import type { CartView } from '@tillpoint/sdk';
import { useEffect, useState } from 'react';
import { cartRequests, CartRequestError, onCartChange } from './cart-client';

export interface CartActions {
  changeQuantity(lineId: string, quantity: number): void;
  remove(lineId: string): void;
  /** Applies a code, or removes it with null; resolves to the message to show beside the field, if any. */
  applyCode(code: string | null): Promise<string | null>;
}

/**
 * The shopper's cart for one island, kept in step with the others through cart events. Line changes run
 * one at a time per line; a failure leaves the cart as the API last described it and says why.
 */
export function useCart(initial: CartView | null) {
  const [cart, setCart] = useState<CartView | null>(initial);
  const [busyLines, setBusyLines] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => onCartChange(({ cart: next }) => setCart(next)), []);

  function run(lineId: string, request: () => Promise<CartView>): void {
    if (busyLines.has(lineId)) return;
    setBusyLines((lines) => new Set(lines).add(lineId));
    setError(null);
    request()
      .catch((failure: unknown) => setError(failure instanceof CartRequestError ? failure.message : String(failure)))
      .finally(() =>
        setBusyLines((lines) => {
          const next = new Set(lines);
          next.delete(lineId);
          return next;
        }),
      );
  }

  const actions: CartActions = {
    changeQuantity: (lineId, quantity) => run(lineId, () => cartRequests.changeQuantity(lineId, quantity)),
    remove: (lineId) => run(lineId, () => cartRequests.remove(lineId)),
    async applyCode(code) {
      try {
        const next = await cartRequests.update({ discountCode: code });
        return next.discount && !next.discount.applies ? (next.discount.detail ?? 'This code does not apply to your cart.') : null;
      } catch (failure) {
        return failure instanceof CartRequestError ? failure.message : String(failure);
      }
    },
  };

  return { cart, setCart, busyLines, error, actions };
}
