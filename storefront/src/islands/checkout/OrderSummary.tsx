import type { CartView } from '@tillpoint/sdk';
import { Glyph } from '../../components/Glyph';
import { formatMoney } from '../../lib/money';
import { CartTotals } from '../cart/CartTotals';
import { DiscountCodeForm } from '../cart/DiscountCodeForm';

interface Props {
  cart: CartView;
  /** Absent while a payment holds the cart: the summary is then read-only, without the code form or "Edit cart". */
  applyCode?: (code: string | null) => Promise<string | null>;
}

/** The checkout's aside: what is being bought and what it comes to. */
export function OrderSummary({ cart, applyCode }: Props) {
  return (
    <section aria-labelledby="order-summary-heading" className="space-y-5 rounded-2xl border border-stone-200 bg-stone-50 p-5 sm:p-6">
      <div className="flex items-baseline justify-between">
        <h2 id="order-summary-heading" className="text-base font-semibold text-stone-950">
          Order summary
        </h2>
        {applyCode && (
          <a href="/cart" className="text-sm font-medium text-brand-ink underline underline-offset-2">
            Edit cart
          </a>
        )}
      </div>
      <ul className="space-y-4">
        {cart.lines.map((line) => (
          <li key={line.id} className="flex gap-3">
            <span className="relative size-16 shrink-0 rounded-lg bg-white ring-1 ring-stone-200">
              {line.thumbnailUrl ? (
                <img src={line.thumbnailUrl} alt="" className="size-full rounded-lg object-cover" width={64} height={64} />
              ) : (
                <Glyph name="bag" className="m-5 size-6 text-stone-400" />
              )}
              <span className="absolute -top-2 -right-2 flex size-5 items-center justify-center rounded-full bg-stone-700 text-[11px] font-semibold text-white">
                {line.quantity}
              </span>
            </span>
            <span className="min-w-0 flex-1 text-sm">
              <span className="block font-medium text-stone-950">{line.title}</span>
              <span className="block text-stone-500">{line.variantTitle}</span>
              {line.problem && <span className="block text-red-700">{line.problem}</span>}
            </span>
            <span className="text-sm font-medium text-stone-950 tabular-nums">{formatMoney(line.subtotal)}</span>
          </li>
        ))}
      </ul>
      {applyCode && <DiscountCodeForm discount={cart.discount} apply={applyCode} />}
      <CartTotals cart={cart} />
    </section>
  );
}
