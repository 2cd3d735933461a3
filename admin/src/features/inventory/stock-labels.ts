import type { StockAdjustmentReason, StockMovementKind } from '@tillpoint/sdk';
import type { BadgeTone } from '../../shared/ui/Badge';

export const MOVEMENT_KINDS = [
  'received',
  'sold',
  'returned',
  'reserved',
  'released',
  'transfer_in',
  'transfer_out',
  'adjusted',
] as const satisfies readonly StockMovementKind[];

export const MOVEMENT_KIND: Record<StockMovementKind, { label: string; tone: BadgeTone }> = {
  received: { label: 'Received', tone: 'success' },
  sold: { label: 'Sold', tone: 'brand' },
  returned: { label: 'Returned', tone: 'info' },
  reserved: { label: 'Reserved', tone: 'neutral' },
  released: { label: 'Released', tone: 'neutral' },
  transfer_in: { label: 'Transfer in', tone: 'info' },
  transfer_out: { label: 'Transfer out', tone: 'info' },
  adjusted: { label: 'Adjusted', tone: 'warning' },
};

export function isMovementKind(value: unknown): value is StockMovementKind {
  return MOVEMENT_KINDS.some((kind) => kind === value);
}

export const ADJUSTMENT_REASONS = [
  'received',
  'returned',
  'damaged',
  'correction',
  'cycle_count',
  'shrinkage',
  'other',
] as const satisfies readonly StockAdjustmentReason[];

export const ADJUSTMENT_REASON: Record<StockAdjustmentReason, { label: string; description: string }> = {
  received: { label: 'Received', description: 'A delivery from a supplier (adds units).' },
  returned: { label: 'Returned', description: 'Back from a customer, fit to sell (adds units).' },
  damaged: { label: 'Damaged', description: 'Broken or unsellable.' },
  correction: { label: 'Correction', description: 'An earlier count or entry was wrong.' },
  cycle_count: { label: 'Cycle count', description: 'A count of the shelf.' },
  shrinkage: { label: 'Shrinkage', description: 'Lost or stolen.' },
  other: { label: 'Other', description: 'Say why in the note.' },
};

/** "+7", "−2", "0": a change in units, signed. */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta.toLocaleString()}`;
  if (delta < 0) return `−${Math.abs(delta).toLocaleString()}`;
  return '0';
}
