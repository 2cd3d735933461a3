import { formatMoney, Money } from '../../platform/money/money';
import { greeting, layout, RenderedMail, StoreBrand } from './layout';

export interface ConfirmedOrder {
  number: number;
  firstName: string;
  lines: { title: string; variantTitle: string; quantity: number; total: Money }[];
  shipping: Money;
  discount: Money;
  tax: Money;
  taxIncluded: boolean;
  total: Money;
  deliveryMethod: string;
  estimate: { earliest: string; latest: string } | null;
  paidBy: string;
  link: string;
}

export function orderConfirmationMail(brand: StoreBrand, order: ConfirmedOrder): RenderedMail {
  const items = order.lines.map(
    (line) =>
      `${line.quantity} × ${line.title}${line.variantTitle && line.variantTitle !== 'Default' ? ` (${line.variantTitle})` : ''}: ${formatMoney(line.total)}`,
  );
  const arrives = order.estimate ? ` It should arrive between ${order.estimate.earliest} and ${order.estimate.latest}.` : '';
  return layout(brand, {
    subject: `Your ${brand.name} order #${order.number}`,
    lines: [
      greeting(order.firstName),
      `Thank you for your order #${order.number}. We will send it by ${order.deliveryMethod}.${arrives}`,
      ...items,
      ...(order.discount.amount ? [`Discount: −${formatMoney(order.discount)}`] : []),
      `Delivery: ${formatMoney(order.shipping)}`,
      `Total: ${formatMoney(order.total)} (${order.taxIncluded ? 'includes' : 'plus'} ${formatMoney(order.tax)} tax), ${order.paidBy}.`,
    ],
    action: { label: 'View your order', url: order.link },
  });
}
