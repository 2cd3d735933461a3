import { useState } from 'react';
import { Glyph } from '../../components/Glyph';
import { announceCart, cartRequests, CartRequestError } from './cart-client';

interface Props {
  variantId: string;
  /** Sold out or not sold: the button says so and does nothing. */
  purchasable: boolean;
}

/** Adds one of the chosen variant and opens the mini-cart; a refusal (stock, limits) is said beneath it. */
export function AddToCartButton({ variantId, purchasable }: Props) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function add(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      announceCart(await cartRequests.add(variantId, 1), true);
    } catch (error) {
      setMessage(error instanceof CartRequestError ? error.message : 'Could not add it to your cart. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={add}
        disabled={!purchasable || busy}
        aria-describedby={message ? 'add-to-cart-error' : undefined}
        className="flex w-full items-center justify-center gap-2 rounded-lg bg-brand px-6 py-3 text-sm font-semibold text-brand-contrast shadow-sm transition hover:brightness-110 disabled:cursor-not-allowed disabled:bg-stone-200 disabled:text-stone-500 disabled:shadow-none"
      >
        {busy ? <Glyph name="spinner" className="size-4" /> : <Glyph name="bag" className="size-4" />}
        {purchasable ? (busy ? 'Adding…' : 'Add to cart') : 'Sold out'}
      </button>
      {message && (
        <p id="add-to-cart-error" role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
