import type { EntityManager } from 'typeorm';

/** 10 % off for a first order, and free shipping from €50. */
const DEMO_CODES = [
  { code: 'WELCOME10', kind: 'percentage', value: 1000, currency: null, minimumSubtotal: null },
  { code: 'FREESHIP', kind: 'free_shipping', value: 0, currency: 'EUR', minimumSubtotal: 5000 },
];

/** Demo discount codes; a code that exists already is left as it is, so running it again changes nothing. */
export async function seedDemoDiscountCodes(tx: EntityManager): Promise<void> {
  await tx.query(
    `INSERT INTO discount_codes (code, kind, value, currency, minimum_subtotal)
     SELECT c.code, c.kind, c.value, c.currency, c."minimumSubtotal"
       FROM jsonb_to_recordset($1::jsonb) AS c(code text, kind text, value bigint, currency text, "minimumSubtotal" bigint)
     ON CONFLICT ((upper(code))) DO NOTHING`,
    [JSON.stringify(DEMO_CODES)],
  );
}
