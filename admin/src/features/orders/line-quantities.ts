import { z } from 'zod';

/**
 * Units per order line as typed in a dialog ({ lineId: "2" }), checked against what each line allows
 * and turned into numbers. Unless `nothing` is null, at least one line must have units; the API stays the judge.
 */
export function lineQuantities(maxByLine: ReadonlyMap<string, number>, nothing: string | null) {
  return z.record(z.string(), z.string()).transform((typed, ctx) => {
    const quantities: Record<string, number> = {};
    for (const [lineId, text] of Object.entries(typed)) {
      const trimmed = text.trim();
      const quantity = trimmed === '' ? 0 : /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
      const max = maxByLine.get(lineId) ?? 0;
      if (Number.isNaN(quantity)) ctx.addIssue({ code: 'custom', path: [lineId], message: 'Enter a whole number' });
      else if (quantity > max) ctx.addIssue({ code: 'custom', path: [lineId], message: `At most ${max}` });
      quantities[lineId] = quantity;
    }
    if (nothing !== null && !Object.values(quantities).some((quantity) => quantity > 0))
      ctx.addIssue({ code: 'custom', path: [], message: nothing });
    return quantities;
  });
}

/** Each line's starting value in the dialog: everything that is left, or nothing. */
export function typedQuantities(maxByLine: ReadonlyMap<string, number>, start: 'all' | 'none'): Record<string, string> {
  return Object.fromEntries([...maxByLine].map(([lineId, max]) => [lineId, start === 'all' ? String(max) : '0']));
}
