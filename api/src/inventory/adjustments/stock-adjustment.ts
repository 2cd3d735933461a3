import { ValidationFailed, type FieldError } from '../../platform/errors/domain-error';
import type { MovementKind } from '../ledger/stock-movement';

export const ADJUSTMENT_REASONS = ['received', 'returned', 'damaged', 'correction', 'cycle_count', 'shrinkage', 'other'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

/** Stock coming in has its own kind in the ledger; everything else staff do by hand is `adjusted`, with the reason. */
const KIND_OF: Partial<Record<AdjustmentReason, MovementKind>> = { received: 'received', returned: 'returned' };

export interface AdjustmentRequest {
  quantity?: number | null;
  countedQuantity?: number | null;
  reason: AdjustmentReason;
}

export function movementKindFor(reason: AdjustmentReason): MovementKind {
  return KIND_OF[reason] ?? 'adjusted';
}

/** The rules between fields that class-validator cannot express: exactly one of the two, and incoming stock is positive. */
export function assertAdjustmentRequest(input: AdjustmentRequest): void {
  const hasDelta = input.quantity !== undefined && input.quantity !== null;
  const hasCount = input.countedQuantity !== undefined && input.countedQuantity !== null;
  const errors: FieldError[] = [];
  if (hasDelta && hasCount) errors.push({ pointer: '/countedQuantity', detail: 'cannot be sent together with quantity; send one of them' });
  if (!hasDelta && !hasCount) errors.push({ pointer: '/quantity', detail: 'send either quantity (a change) or countedQuantity (a count)' });
  if (KIND_OF[input.reason]) {
    if (hasCount) errors.push({ pointer: '/countedQuantity', detail: `${input.reason} stock is a positive quantity, not a count` });
    else if (hasDelta && input.quantity! <= 0) errors.push({ pointer: '/quantity', detail: `must be positive for ${input.reason} stock` });
  }
  if (errors.length) throw new ValidationFailed(errors);
}

/** The change to on hand: the quantity as given, or what a count found minus what the books say (read under the row lock). */
export function adjustmentDelta(input: AdjustmentRequest, onHandNow: number): number {
  return input.countedQuantity !== undefined && input.countedQuantity !== null ? input.countedQuantity - onHandNow : input.quantity!;
}
