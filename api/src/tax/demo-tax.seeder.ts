import type { EntityManager } from 'typeorm';

/** The standard VAT of the demo store's neighbours, in parts per million; shipping is taxed like the goods. */
const DEMO_TAX_RATES = [
  { country: 'NL', name: 'BTW 21 %', ratePpm: 210_000 },
  { country: 'BE', name: 'BTW/TVA 21 %', ratePpm: 210_000 },
  { country: 'DE', name: 'MwSt 19 %', ratePpm: 190_000 },
];

/** Demo tax rates; a country that has a rate already keeps it, so running it again changes nothing. */
export async function seedDemoTaxRates(tx: EntityManager): Promise<void> {
  await tx.query(
    `INSERT INTO tax_rates (country, region, name, rate_ppm, display, tax_shipping)
     SELECT r.country, NULL, r.name, r."ratePpm", 'inclusive', true
       FROM jsonb_to_recordset($1::jsonb) AS r(country text, name text, "ratePpm" integer)
     ON CONFLICT (country, (lower(coalesce(region, '')))) DO NOTHING`,
    [JSON.stringify(DEMO_TAX_RATES)],
  );
}
