import type { KeysetOrder } from '../platform/pagination/keyset';

/** Zones and methods list in the order staff arranged them, then oldest first. */
export function byPosition<Row extends { position: number; createdAt: Date; id: string }>(alias: string): KeysetOrder<Row> {
  return {
    direction: 'ASC',
    columns: [
      { expression: `${alias}.position`, value: (row) => row.position },
      { expression: `${alias}.created_at`, value: (row) => row.createdAt },
      { expression: `${alias}.id`, value: (row) => row.id },
    ],
  };
}
