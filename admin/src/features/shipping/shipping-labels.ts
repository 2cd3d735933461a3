import type { ShippingMethodKind, ShippingMethodView } from '@tillpoint/sdk';
import { formatMoney } from '../../shared/format/money';
import type { BadgeTone } from '../../shared/ui/Badge';

export const METHOD_KINDS = ['standard', 'express', 'pickup'] as const satisfies readonly ShippingMethodKind[];

export const METHOD_KIND: Record<ShippingMethodKind, { label: string; tone: BadgeTone; description: string }> = {
  standard: { label: 'Standard', tone: 'neutral', description: 'Delivered to the door.' },
  express: { label: 'Express', tone: 'info', description: 'Faster, usually dearer.' },
  pickup: { label: 'Pickup', tone: 'brand', description: 'Collected at a pickup location.' },
};

/** "€4.95", "€8.95–€24.95" (by weight), "Free". */
export function describeRate(method: ShippingMethodView): string {
  if (method.rateType === 'flat') return method.flatAmount && method.flatAmount.amount > 0 ? formatMoney(method.flatAmount) : 'Free';
  const amounts = method.weightRates.map((rate) => rate.amount);
  if (amounts.length === 0) return '—';
  const [first, last] = [amounts[0], amounts[amounts.length - 1]];
  return amounts.length === 1 ? formatMoney(first) : `${formatMoney(first)}–${formatMoney(last)}`;
}

/** "2–5 working days", "Ready in 1 working day": handling plus transit, at best and at worst. */
export function describeTransit(method: ShippingMethodView): string {
  const days = (count: number) => `${count} working day${count === 1 ? '' : 's'}`;
  if (method.kind === 'pickup') return method.handlingDays === 0 ? 'Ready the same day' : `Ready in ${days(method.handlingDays)}`;
  const [fastest, slowest] = [method.handlingDays + method.transitDaysMin, method.handlingDays + method.transitDaysMax];
  return fastest === slowest ? days(fastest) : `${fastest}–${days(slowest)}`;
}

/** "Order by 14:00 · 1 day to pack". */
export function describeCutoff(method: ShippingMethodView): string {
  const packing =
    method.handlingDays === 0 ? 'ships the same day' : `${method.handlingDays} day${method.handlingDays === 1 ? '' : 's'} to pack`;
  return `Order by ${method.cutoffTime} · ${packing}`;
}
