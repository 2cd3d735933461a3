import type { CartDiscountView } from '@tillpoint/sdk';
import { useState } from 'react';
import { Glyph } from '../../components/Glyph';
import { formatMoney } from '../../lib/money';

interface Props {
  discount: CartDiscountView | null;
  apply(code: string | null): Promise<string | null>;
}

/** Enter or remove a discount code; the API says whether it applies and why not. */
export function DiscountCodeForm({ discount, apply }: Props) {
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: { preventDefault(): void }, value: string | null): Promise<void> {
    event.preventDefault();
    if (busy || (value !== null && !value.trim())) return;
    setBusy(true);
    const problem = await apply(value === null ? null : value.trim());
    setBusy(false);
    setMessage(problem);
    if (!problem) setCode('');
  }

  if (discount) {
    return (
      <div className="space-y-2">
        <div className="flex items-center justify-between gap-3 rounded-lg border border-dashed border-stone-300 bg-stone-50 px-3 py-2 text-sm">
          <span className="flex items-center gap-2 font-medium text-stone-900">
            <Glyph name="tag" className="size-4 text-stone-500" />
            {discount.code}
            {discount.applies && <span className="text-emerald-700">−{formatMoney(discount.amount)}</span>}
          </span>
          <button type="button" onClick={(e) => submit(e, null)} disabled={busy} className="text-sm font-medium text-stone-600 underline">
            Remove
          </button>
        </div>
        {!discount.applies && <p className="text-sm text-amber-800">{discount.detail ?? 'This code does not apply to your cart.'}</p>}
      </div>
    );
  }

  return (
    <form onSubmit={(e) => submit(e, code)} className="space-y-1.5" noValidate>
      <label htmlFor="discount-code" className="text-sm font-medium text-stone-900">
        Discount code
      </label>
      <div className="flex gap-2">
        <input
          id="discount-code"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          autoComplete="off"
          aria-invalid={message ? 'true' : undefined}
          aria-describedby={message ? 'discount-code-error' : undefined}
          className="block w-full min-w-0 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base uppercase shadow-xs placeholder:normal-case focus:border-brand-ink focus:ring-1 focus:ring-brand-ink focus:outline-none sm:text-sm"
          placeholder="Enter code"
        />
        <button
          type="submit"
          disabled={busy}
          className="shrink-0 rounded-lg border border-stone-300 bg-white px-4 text-sm font-semibold text-stone-900 hover:bg-stone-50 disabled:opacity-50"
        >
          Apply
        </button>
      </div>
      {message && (
        <p id="discount-code-error" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </form>
  );
}
