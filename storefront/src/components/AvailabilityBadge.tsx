import type { AvailabilityView } from '@tillpoint/sdk';
import { describeAvailability, type AvailabilityTone } from '../lib/availability';

interface Props {
  availability: AvailabilityView;
  /** Product cards stay quiet about ordinary stock and only mention the exceptions. */
  quietWhenInStock?: boolean;
  size?: 'sm' | 'md';
}

const TONES: Record<AvailabilityTone, { text: string; dot: string }> = {
  positive: { text: 'text-emerald-800', dot: 'bg-emerald-600' },
  warning: { text: 'text-amber-800', dot: 'bg-amber-500' },
  negative: { text: 'text-stone-600', dot: 'bg-stone-400' },
  neutral: { text: 'text-sky-800', dot: 'bg-sky-600' },
};

/** "In stock", "Only 3 left", "Back in stock on 24 Dec", "Sold out": on cards and on the product page. */
export function AvailabilityBadge({ availability, quietWhenInStock = false, size = 'sm' }: Props) {
  if (quietWhenInStock && availability.status === 'in_stock') return null;
  const { label, tone } = describeAvailability(availability);
  const style = TONES[tone];
  return (
    <p className={`flex items-center font-medium ${size === 'md' ? 'gap-2 text-sm' : 'gap-1.5 text-xs'} ${style.text}`}>
      <span className={`shrink-0 rounded-full ${size === 'md' ? 'size-2' : 'size-1.5'} ${style.dot}`} aria-hidden="true" />
      {label}
    </p>
  );
}
