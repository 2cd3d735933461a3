import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Glyph } from '../../components/Glyph';
import { formatMoney } from '../../lib/money';
import { cartRequests, onCartChange } from './cart-client';
import { CartLines } from './CartLines';
import { ErrorNote } from './CartPage';
import { useCart } from './use-cart';

interface Props {
  /** The header's action link style, so the cart sits in line with the account link. */
  linkClass: string;
}

/**
 * The header's cart: a link to /cart with the item count, which opens a slide-over with the lines and the
 * subtotal. It opens by itself after "Add to cart". Without JavaScript it stays a plain link.
 */
export function MiniCart({ linkClass }: Props) {
  const { cart, setCart, busyLines, error, actions } = useCart(null);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    cartRequests.load().then(setCart, () => undefined);
    return onCartChange(({ open: show }) => show && setOpen(true));
  }, [setCart]);

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  function show(event: MouseEvent): void {
    event.preventDefault();
    setOpen(true);
  }

  const count = cart?.itemCount ?? 0;
  return (
    <>
      <a href="/cart" onClick={show} className={`relative ${linkClass}`} data-testid="mini-cart-button">
        <Glyph name="bag" className="size-5" />
        <span className="sr-only">Cart, {count === 1 ? '1 item' : `${count} items`}</span>
        {count > 0 && (
          <span
            aria-hidden="true"
            data-testid="cart-count"
            className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-brand px-1 text-[11px] font-semibold text-brand-contrast tabular-nums"
          >
            {count}
          </span>
        )}
      </a>
      <dialog
        ref={dialog}
        onClose={() => setOpen(false)}
        onClick={(event) => event.target === dialog.current && setOpen(false)}
        aria-labelledby="mini-cart-title"
        className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-full max-w-md bg-white p-0 shadow-2xl backdrop:bg-stone-950/40"
      >
        <div className="flex h-full flex-col">
          <div className="flex items-center justify-between border-b border-stone-200 px-5 py-4">
            <h2 id="mini-cart-title" className="text-lg font-semibold text-stone-950">
              Your cart {count > 0 && <span className="text-stone-500">({count})</span>}
            </h2>
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="rounded-lg p-2 text-stone-600 hover:bg-stone-100"
              aria-label="Close cart"
            >
              <Glyph name="close" className="size-5" />
            </button>
          </div>
          {cart && cart.lines.length > 0 ? (
            <>
              <div className="flex-1 overflow-y-auto px-5">
                {error && <div className="pt-4">{<ErrorNote message={error} />}</div>}
                <CartLines cart={cart} busyLines={busyLines} actions={actions} compact />
              </div>
              <div className="space-y-4 border-t border-stone-200 bg-stone-50 px-5 py-5">
                <div className="flex justify-between text-base font-semibold text-stone-950">
                  <span>Subtotal</span>
                  <span className="tabular-nums" data-testid="mini-cart-subtotal">
                    {formatMoney(cart.totals.shown.subtotal)}
                  </span>
                </div>
                <p className="text-xs text-stone-500">Shipping and discounts are worked out at checkout.</p>
                <div className="grid grid-cols-2 gap-3">
                  <a
                    href="/cart"
                    className="rounded-lg border border-stone-300 bg-white px-4 py-3 text-center text-sm font-semibold text-stone-900 hover:bg-stone-50"
                  >
                    View cart
                  </a>
                  <a
                    href="/checkout"
                    className="rounded-lg bg-brand px-4 py-3 text-center text-sm font-semibold text-brand-contrast hover:brightness-110"
                  >
                    Checkout
                  </a>
                </div>
              </div>
            </>
          ) : (
            <div className="flex flex-1 flex-col items-center justify-center gap-3 px-5 text-center">
              <Glyph name="bag" className="size-8 text-stone-400" />
              <p className="font-medium text-stone-900">Your cart is empty</p>
              <button
                type="button"
                onClick={() => setOpen(false)}
                className="text-sm font-semibold text-brand-ink underline underline-offset-2"
              >
                Continue shopping
              </button>
            </div>
          )}
        </div>
      </dialog>
    </>
  );
}
