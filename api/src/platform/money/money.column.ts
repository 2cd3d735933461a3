import type { ValueTransformer } from 'typeorm';

/**
 * bigint columns hold minor units. node-postgres returns int8 as a string (and PGlite is told to do
 * the same); amounts are kept well inside Number's safe range, which this checks on every read.
 */
export const minorUnitsTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => {
    if (value === null || value === undefined) return value;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed)) throw new Error(`amount out of safe range: ${value}`);
    return parsed;
  },
};
