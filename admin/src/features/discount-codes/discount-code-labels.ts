import type { DiscountCodeView } from '@tillpoint/sdk';
import { formatMoney } from '../../shared/format/money';
import { formatPercent } from '../../shared/format/percent';
import type { BadgeTone } from '../../shared/ui/Badge';

export type DiscountKind = DiscountCodeView['kind'];

export const CODE_STATE: Record<DiscountCodeView['state'], { label: string; tone: BadgeTone }> = {
  running: { label: 'Running', tone: 'success' },
  scheduled: { label: 'Scheduled', tone: 'info' },
  inactive: { label: 'Paused', tone: 'warning' },
  ended: { label: 'Ended', tone: 'neutral' },
  used_up: { label: 'Used up', tone: 'neutral' },
};

export const KIND_OPTIONS: { value: DiscountKind; label: string }[] = [
  { value: 'percentage', label: 'Percentage off the order' },
  { value: 'fixed', label: 'Fixed amount off the order' },
  { value: 'free_shipping', label: 'Free shipping' },
];

/** "10% off", "€5.00 off", "Free shipping". */
export function describeCodeDiscount(code: Pick<DiscountCodeView, 'kind' | 'percent' | 'amount'>): string {
  if (code.kind === 'free_shipping') return 'Free shipping';
  if (code.kind === 'percentage' && code.percent !== null) return `${formatPercent(code.percent)} off`;
  if (code.amount) return `${formatMoney(code.amount)} off`;
  return '—';
}

/** "3 of 100 used", "3 used". */
export function describeUses(code: Pick<DiscountCodeView, 'usedCount' | 'usageLimit'>): string {
  return code.usageLimit === null ? `${code.usedCount} used` : `${code.usedCount} of ${code.usageLimit} used`;
}
