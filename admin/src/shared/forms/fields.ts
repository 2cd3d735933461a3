import { z } from 'zod';

interface NumberRules {
  min?: number;
  max?: number;
}

/** A whole number typed into a text box ("12"), checked and converted; the API stays the judge. */
export function wholeNumber({ min = 0, max = 1_000_000_000 }: NumberRules = {}) {
  return z.string().transform((text, ctx) => {
    const value = readWholeNumber(text, { min, max }, ctx);
    if (value === null) {
      ctx.addIssue({ code: 'custom', message: 'Enter a number' });
      return z.NEVER;
    }
    return value;
  });
}

/** Like wholeNumber, but an empty box means "none" (null). */
export function optionalWholeNumber(rules: NumberRules = {}) {
  return z.string().transform((text, ctx) => readWholeNumber(text, { min: 0, max: 1_000_000_000, ...rules }, ctx));
}

function readWholeNumber(text: string, { min, max }: Required<NumberRules>, ctx: z.RefinementCtx): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^[-−]?\d+$/.test(trimmed)) {
    ctx.addIssue({ code: 'custom', message: 'Enter a whole number' });
    return z.NEVER;
  }
  const value = Number(trimmed.replace('−', '-'));
  if (value < min) ctx.addIssue({ code: 'custom', message: `Use ${min} or more` });
  else if (value > max) ctx.addIssue({ code: 'custom', message: `Use at most ${max.toLocaleString()}` });
  return value;
}

const NOT_AN_AMOUNT = 'Enter an amount such as 49.90';

/** An amount from a MoneyInput (minor units; NaN while what is typed is not an amount), required. */
export const moneyAmount = (missing = 'Enter an amount') =>
  z
    .number({ error: NOT_AN_AMOUNT })
    .int()
    .min(0, 'Use 0 or more')
    .nullable()
    .transform((value, ctx) => {
      if (value !== null) return value;
      ctx.addIssue({ code: 'custom', message: missing });
      return z.NEVER;
    });

/** An amount from a MoneyInput that may be left empty (null). */
export const optionalMoneyAmount = () => z.number({ error: NOT_AN_AMOUNT }).int().min(0, 'Use 0 or more').nullable();

/** An optional text box sent as null when empty. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .transform((text) => text || null);

/** A whole number as a text box shows it: "" for none. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A URL slug ("merino-sweater") as the API accepts it; empty lets the API make one from the name. */
export const urlHandle = () =>
  z
    .string()
    .trim()
    .max(80, 'Use at most 80 characters')
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'Use lowercase letters, digits and single dashes');
