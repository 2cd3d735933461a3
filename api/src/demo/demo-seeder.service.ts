import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { AppConfig } from '../platform/config/app-config';
import { Db } from '../platform/database/db.service';
import { DemoCatalogSeeder } from './catalog/demo-catalog.seeder';
import { DEMO_CUSTOMER_PASSWORD, DEMO_CUSTOMERS, DEMO_STAFF, DEMO_STAFF_PASSWORD } from './demo-data';
import { seedDemoTaxRates } from '../tax/demo-tax.seeder';
import { seedDemoDiscountCodes } from '../promotions/demo-discount-codes.seeder';

/** About 200 products in a dozen categories: a realistic small shop. */
export const DEMO_PRODUCTS = 210;

/**
 * Demo data: staff for every role, a few customers, and a catalog with stock, sales and delivery. Runs on the first start of embedded mode (and
 * by `npm run seed`); inserts skip what exists, so running it again changes nothing.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    private readonly catalog: DemoCatalogSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const [{ count }] = await this.db.manager.query(`SELECT count(*)::int AS count FROM staff_users`);
    if (count > 0) return;
    await this.seed();
    await this.catalog.seed({ count: DEMO_PRODUCTS, images: true });
    this.logger.log(`demo data loaded: staff sign in as ${DEMO_STAFF[0].email} / ${DEMO_STAFF_PASSWORD}`);
  }

  async seed(): Promise<void> {
    // One hash per password: the demo accounts share their passwords anyway, and argon2 is slow on purpose.
    const [staffHash, customerHash] = await Promise.all([this.hasher.hash(DEMO_STAFF_PASSWORD), this.hasher.hash(DEMO_CUSTOMER_PASSWORD)]);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO staff_users (email, name, role, status, password_hash)
         SELECT s.email, s.name, s.role, 'active', $2 FROM jsonb_to_recordset($1::jsonb) AS s(email text, name text, role text)
         ON CONFLICT (email) DO NOTHING`,
        [JSON.stringify(DEMO_STAFF), staffHash],
      );
      await tx.query(
        `INSERT INTO customers (email, first_name, last_name, password_hash)
         SELECT c.email, c."firstName", c."lastName", $2 FROM jsonb_to_recordset($1::jsonb) AS c(email text, "firstName" text, "lastName" text)
         ON CONFLICT (email) DO NOTHING`,
        [JSON.stringify(DEMO_CUSTOMERS), customerHash],
      );
      await seedDemoTaxRates(tx);
      await seedDemoDiscountCodes(tx);
    });
  }
}
