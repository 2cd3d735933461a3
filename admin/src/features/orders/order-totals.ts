import type { MoneyView, OrderView } from '@tillpoint/sdk';

export interface TotalRow {
  label: string;
  money: MoneyView;
  /** Said after the label, quieter: the shipping method's name. */
  note?: string;
}

/** How an order's lines add up to its total, as the detail page and the invoice show it. */
export function orderTotalRows(order: OrderView): TotalRow[] {
  const { discountTotal } = order;
  return [
    { label: 'Subtotal', money: order.subtotal },
    ...(discountTotal.amount
      ? [
          {
            label: order.discountCode ? `Discount (${order.discountCode})` : 'Discount',
            money: { ...discountTotal, amount: -discountTotal.amount },
          },
        ]
      : []),
    { label: 'Shipping', money: order.shippingTotal, note: order.shippingMethod.name },
    { label: order.taxesIncluded ? 'Tax (included)' : 'Tax', money: order.taxTotal },
  ];
}
