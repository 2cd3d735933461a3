import { Glyph } from '../../components/Glyph';

const HEADINGS: Record<string, string> = {
  payment_declined: 'Payment declined',
  out_of_stock: 'Some items just sold out',
  cart_not_ready: 'A few details are missing',
};

/** No answer came back: the payment may or may not have started, and a retry reuses its key. */
const UNANSWERED = new Set(['network', 'upstream_unavailable']);

/** Why the payment did not go through, and what the shopper can do next. */
export function PaymentProblem({ code, message }: { code: string; message: string }) {
  const heading = HEADINGS[code] ?? (code.startsWith('payment') ? 'Payment declined' : 'The order was not placed');
  return (
    <div
      role="alert"
      className="flex gap-3 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900"
      data-testid="payment-problem"
    >
      <Glyph name="alert" className="mt-0.5 size-5 shrink-0 text-red-600" />
      <div className="space-y-1">
        <p className="font-semibold">{heading}</p>
        <p>{message}</p>
        {code === 'out_of_stock' ? (
          <a href="/cart" className="inline-block font-semibold underline underline-offset-2">
            Review your cart
          </a>
        ) : UNANSWERED.has(code) ? (
          <p>Please try again: the same payment is never taken twice.</p>
        ) : (
          <p>Nothing was charged and your cart is as it was. Try again or choose another way to pay.</p>
        )}
      </div>
    </div>
  );
}
