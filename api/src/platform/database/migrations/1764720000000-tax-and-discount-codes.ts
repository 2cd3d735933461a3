import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tax rates per country and region, and discount codes. A rate is an integer in parts per million
 * (21 % = 210000, 8.875 % = 88750): exact for any rate with up to four decimals of a percent. A code's
 * `value` is basis points for a percentage and minor units for a fixed amount. The checks on
 * `used_count` are the last guard against a code used more often than its limit.
 */
export class TaxAndDiscountCodes1764720000000 implements MigrationInterface {
  name = 'TaxAndDiscountCodes1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tax_rates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        region text CHECK (region IS NULL OR btrim(region) <> ''),
        name text NOT NULL,
        rate_ppm integer NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
        display text NOT NULL CHECK (display IN ('inclusive', 'exclusive')),
        tax_shipping boolean NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      );
      -- One rate per country (region null) and per region of a country, whatever the case of the region.
      CREATE UNIQUE INDEX tax_rates_destination_key ON tax_rates (country, (lower(coalesce(region, ''))));

      CREATE TABLE discount_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$'),
        kind text NOT NULL CHECK (kind IN ('percentage', 'fixed', 'free_shipping')),
        value bigint NOT NULL,
        currency char(3) CHECK (currency ~ '^[A-Z]{3}$'),
        minimum_subtotal bigint CHECK (minimum_subtotal > 0),
        starts_at timestamptz(3),
        ends_at timestamptz(3),
        usage_limit integer CHECK (usage_limit > 0),
        used_count integer NOT NULL DEFAULT 0 CHECK (used_count >= 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (kind <> 'percentage' OR value BETWEEN 1 AND 10000),
        CHECK (kind <> 'fixed' OR (value > 0 AND currency IS NOT NULL)),
        CHECK (kind <> 'free_shipping' OR value = 0),
        CHECK (minimum_subtotal IS NULL OR currency IS NOT NULL),
        CHECK (usage_limit IS NULL OR used_count <= usage_limit),
        CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
      );
      -- Codes are unique and looked up without regard to case: WELCOME10 and welcome10 are one code.
      CREATE UNIQUE INDEX discount_codes_code_key ON discount_codes ((upper(code)));
      CREATE INDEX discount_codes_list_idx ON discount_codes (created_at DESC, id DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE discount_codes; DROP TABLE tax_rates;`);
  }
}
