import type { PriceListView, SaleDiscountView } from '@tillpoint/sdk';
import { formatMoney } from '../../shared/format/money';
import { formatPercent } from '../../shared/format/percent';
import type { BadgeTone } from '../../shared/ui/Badge';

export type SaleState = PriceListView['state'];
export type SaleTarget = PriceListView['appliesTo'];

export const SALE_STATE: Record<SaleState, { label: string; tone: BadgeTone }> = {
  running: { label: 'Running', tone: 'success' },
  scheduled: { label: 'Scheduled', tone: 'info' },
  ended: { label: 'Ended', tone: 'neutral' },
  draft: { label: 'Draft', tone: 'warning' },
};

export const SALE_TARGETS = ['all', 'categories', 'collections', 'products'] as const satisfies readonly SaleTarget[];

export const SALE_TARGET_LABELS: Record<SaleTarget, string> = {
  all: 'All products',
  categories: 'Categories',
  collections: 'Collections',
  products: 'Products',
};

/** "20% off", "€5.00 off". */
export function describeDiscount(discount: SaleDiscountView): string {
  if (discount.type === 'percentage' && discount.percent !== null) return `${formatPercent(discount.percent)} off`;
  if (discount.amount) return `${formatMoney(discount.amount)} off`;
  return '—';
}
