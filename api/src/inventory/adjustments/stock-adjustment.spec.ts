import { ValidationFailed } from '../../platform/errors/domain-error';
import { AdjustmentRequest, adjustmentDelta, assertAdjustmentRequest, movementKindFor } from './stock-adjustment';

function errorsOf(input: AdjustmentRequest) {
  try {
    assertAdjustmentRequest(input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailed);
    return (error as ValidationFailed).errors;
  }
}

describe('stock adjustment rules', () => {
  it('maps incoming stock to its own movement kind and everything else to adjusted', () => {
    expect(movementKindFor('received')).toBe('received');
    expect(movementKindFor('returned')).toBe('returned');
    for (const reason of ['damaged', 'correction', 'cycle_count', 'shrinkage', 'other'] as const)
      expect(movementKindFor(reason)).toBe('adjusted');
  });

  it('takes a change or a count', () => {
    expect(errorsOf({ quantity: -3, reason: 'damaged' })).toEqual([]);
    expect(errorsOf({ countedQuantity: 0, reason: 'cycle_count' })).toEqual([]);
    expect(errorsOf({ quantity: 4, countedQuantity: null, reason: 'received' })).toEqual([]);
  });

  it('refuses both at once, and neither', () => {
    expect(errorsOf({ quantity: 1, countedQuantity: 1, reason: 'correction' })).toEqual([
      { pointer: '/countedQuantity', detail: 'cannot be sent together with quantity; send one of them' },
    ]);
    expect(errorsOf({ reason: 'correction' })).toEqual([
      { pointer: '/quantity', detail: 'send either quantity (a change) or countedQuantity (a count)' },
    ]);
  });

  it('wants received and returned stock as a positive quantity', () => {
    expect(errorsOf({ quantity: -1, reason: 'received' })).toEqual([
      { pointer: '/quantity', detail: 'must be positive for received stock' },
    ]);
    expect(errorsOf({ quantity: -1, reason: 'returned' })).toEqual([
      { pointer: '/quantity', detail: 'must be positive for returned stock' },
    ]);
    expect(errorsOf({ countedQuantity: 5, reason: 'received' })).toEqual([
      { pointer: '/countedQuantity', detail: 'received stock is a positive quantity, not a count' },
    ]);
  });

  it('turns a count into the difference from what the books say', () => {
    expect(adjustmentDelta({ countedQuantity: 7, reason: 'cycle_count' }, 10)).toBe(-3);
    expect(adjustmentDelta({ countedQuantity: 7, reason: 'cycle_count' }, 7)).toBe(0);
    expect(adjustmentDelta({ countedQuantity: 0, reason: 'cycle_count' }, -2)).toBe(2);
    expect(adjustmentDelta({ quantity: -4, reason: 'shrinkage' }, 10)).toBe(-4);
  });
});
