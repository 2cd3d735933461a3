import type { CartView } from '@tillpoint/sdk';
import { summariseTotals } from '../../lib/cart-totals';

/** Subtotal, discount, shipping, tax (as the destination shows it) and total. */
export function CartTotals({ cart }: { cart: CartView }) {
  const { rows, total, taxNote } = summariseTotals(cart.totals, cart.shippingMethodId !== null);
  return (
    <dl className="space-y-3 text-sm" data-testid="cart-totals">
      {rows.map((row) => (
        <div key={row.label} className="flex justify-between gap-4">
          <dt className="text-stone-600">{row.label}</dt>
          <dd className={`tabular-nums ${row.saving ? 'font-medium text-emerald-700' : 'text-stone-900'}`}>{row.value}</dd>
        </div>
      ))}
      <div className="flex items-baseline justify-between gap-4 border-t border-stone-200 pt-4">
        <dt className="text-base font-semibold text-stone-950">Total</dt>
        <dd className="text-lg font-semibold text-stone-950 tabular-nums" data-testid="cart-total">
          {total}
        </dd>
      </div>
      {taxNote && <p className="text-right text-xs text-stone-500">{taxNote}</p>}
    </dl>
  );
}
