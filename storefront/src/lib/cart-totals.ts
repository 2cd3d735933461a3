import type { CartTotalsView, Money } from '@tillpoint/sdk';
import { formatMoney } from './money';

export interface TotalsRow {
  label: string;
  value: string;
  /** A saving, shown in the discount colour. */
  saving?: boolean;
}

export interface TotalsSummary {
  rows: TotalsRow[];
  total: string;
  /** "Includes €4.09 BTW 21 %": inclusive prices name the tax they hold instead of adding a line. */
  taxNote: string | null;
}

/**
 * The totals as the destination expects them: where prices include the tax (EU VAT) the total names the tax
 * it holds; where tax is added (US sales tax) it is a line of its own. `shippingChosen` is false until a
 * delivery method is picked, when shipping is still to be worked out.
 */
export function summariseTotals(totals: CartTotalsView, shippingChosen: boolean): TotalsSummary {
  const { shown } = totals;
  const taxName = totals.taxName ?? 'tax';
  const rows: TotalsRow[] = [{ label: 'Subtotal', value: formatMoney(shown.subtotal) }];
  if (shown.discount.amount > 0) rows.push({ label: 'Discount', value: negative(shown.discount), saving: true });
  rows.push({ label: 'Shipping', value: shippingChosen ? shippingValue(shown.shipping, shown.shippingDiscount) : 'At checkout' });
  const inclusive = totals.display === 'inclusive';
  if (!inclusive && shown.tax.amount > 0) rows.push({ label: capitalise(taxName), value: formatMoney(shown.tax) });
  const taxNote = inclusive && shown.tax.amount > 0 ? `Includes ${formatMoney(shown.tax)} ${taxName}` : null;
  return { rows, total: formatMoney(shown.total), taxNote };
}

function shippingValue(shipping: Money, shippingDiscount: Money): string {
  const charged = shipping.amount - shippingDiscount.amount;
  return charged <= 0 ? 'Free' : formatMoney({ amount: charged, currency: shipping.currency });
}

const negative = (money: Money) => `−${formatMoney(money)}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
