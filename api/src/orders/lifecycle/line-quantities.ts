import type { LineQuantity } from '../order-state';

/** Line ids as the database writes them, so the state machine recognises a UUID typed in capitals. */
export function lowerCased(lines: readonly LineQuantity[]): LineQuantity[] {
  return lines.map((l) => ({ lineId: l.lineId.toLowerCase(), quantity: l.quantity }));
}

/** One row per line, whatever the request repeated (the state machine has checked the sums). */
export function mergeLines(lines: readonly LineQuantity[]): LineQuantity[] {
  const sums = new Map<string, number>();
  for (const { lineId, quantity } of lines) sums.set(lineId, (sums.get(lineId) ?? 0) + quantity);
  return [...sums].map(([lineId, quantity]) => ({ lineId, quantity }));
}
