import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TaxInput } from '../checkout/totals/cart-totals';
import { Db } from '../platform/database/db.service';
import { pickRate, TaxDestination, TaxRateDraft } from './tax-rate-rules';
import { TaxSettings } from './tax-settings.service';

/** The tax input of `calculateCartTotals` for a destination, and which rate gave it (for the order's record). */
export interface DestinationTax extends TaxInput {
  rateId: string | null;
  rateName: string | null;
}

type RateRow = TaxRateDraft & { id: string };

/** What other domains ask of tax: the rate that applies where an order goes. */
@Injectable()
export class TaxRates {
  constructor(
    private readonly db: Db,
    private readonly settings: TaxSettings,
  ) {}

  /**
   * The region's rate when there is one, else the country's; no rate means no tax. Prices are read the
   * way the store enters them; a destination without a rate shows them the same way.
   * Pass the transaction's manager to read the rates inside it.
   */
  async forDestination(destination: TaxDestination, manager: EntityManager = this.db.manager): Promise<DestinationTax> {
    const country = destination.country.trim().toUpperCase();
    const [rates, { pricesIncludeTax }] = await Promise.all([
      manager.query(
        `SELECT id, country, region, name, rate_ppm AS "ratePpm", display, tax_shipping AS "taxShipping"
           FROM tax_rates WHERE country = $1 ORDER BY created_at, id`,
        [country],
      ) as Promise<RateRow[]>,
      this.settings.current(),
    ]);
    const rate = pickRate(rates, { country, region: destination.region });
    if (!rate) {
      return {
        ratePpm: 0,
        pricesIncludeTax,
        display: pricesIncludeTax ? 'inclusive' : 'exclusive',
        taxShipping: false,
        rateId: null,
        rateName: null,
      };
    }
    return {
      ratePpm: rate.ratePpm,
      pricesIncludeTax,
      display: rate.display,
      taxShipping: rate.taxShipping,
      rateId: rate.id,
      rateName: rate.name,
    };
  }
}
