import type { CartView } from '@tillpoint/sdk';
import { Glyph } from '../../components/Glyph';
import { CartLines } from './CartLines';
import { CartTotals } from './CartTotals';
import { DiscountCodeForm } from './DiscountCodeForm';
import { useCart } from './use-cart';

interface Props {
  initialCart: CartView;
}

/** The cart page's lines, code and totals; the page renders the empty state itself. */
export function CartPage({ initialCart }: Props) {
  const { cart, busyLines, error, actions } = useCart(initialCart);
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="py-16 text-center">
        <p className="text-lg font-semibold text-stone-950">Your cart is empty</p>
        <a href="/" className="mt-4 inline-block text-sm font-semibold text-brand-ink underline underline-offset-2">
          Continue shopping
        </a>
      </div>
    );
  }
  const blocked = cart.lines.some((line) => line.problem);
  return (
    <div className="lg:grid lg:grid-cols-12 lg:items-start lg:gap-x-12">
      <section aria-labelledby="cart-lines-heading" className="lg:col-span-7">
        <h2 id="cart-lines-heading" className="sr-only">
          Items in your cart
        </h2>
        {error && <ErrorNote message={error} />}
        <div className="border-y border-stone-200">
          <CartLines cart={cart} busyLines={busyLines} actions={actions} />
        </div>
      </section>
      <section
        aria-labelledby="summary-heading"
        className="mt-10 space-y-6 rounded-2xl border border-stone-200 bg-stone-50 p-5 sm:p-6 lg:sticky lg:top-24 lg:col-span-5 lg:mt-0"
      >
        <h2 id="summary-heading" className="text-lg font-semibold text-stone-950">
          Order summary
        </h2>
        <DiscountCodeForm discount={cart.discount} apply={actions.applyCode} />
        <CartTotals cart={cart} />
        {blocked && <ErrorNote message="Some items can't be ordered as they are. Change or remove them to check out." />}
        <a
          href="/checkout"
          aria-disabled={blocked ? 'true' : undefined}
          className={`flex w-full items-center justify-center gap-2 rounded-lg px-6 py-3 text-sm font-semibold shadow-sm ${
            blocked ? 'pointer-events-none bg-stone-200 text-stone-500' : 'bg-brand text-brand-contrast hover:brightness-110'
          }`}
        >
          <Glyph name="lock" className="size-4" />
          Checkout
        </a>
        <p className="text-center text-xs text-stone-500">Shipping and payment are chosen at checkout.</p>
      </section>
    </div>
  );
}

export function ErrorNote({ message }: { message: string }) {
  return (
    <p role="alert" className="mb-4 flex items-start gap-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <Glyph name="alert" className="mt-0.5 size-4 shrink-0 text-red-600" />
      {message}
    </p>
  );
}
