import { Injectable } from '@nestjs/common';
import type { TaxInput } from '../checkout/totals/cart-totals';
import { ShortLived } from '../platform/cache/short-lived';
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
  /** Call after changing rates, so this process prices with them at once. */
  forget(): void {
    this.ratesByCountry.clear();
  }

  constructor(
    private readonly db: Db,
    private readonly settings: TaxSettings,
  ) {}

  /** Rates by country, read once every few seconds at most: every cart change prices tax. */
  private readonly ratesByCountry = new ShortLived<string, RateRow[]>(5_000, (country) =>
    this.db.read<RateRow>(
      `SELECT id, country, region, name, rate_ppm AS "ratePpm", display, tax_shipping AS "taxShipping"
         FROM tax_rates WHERE country = $1 ORDER BY created_at, id`,
      [country],
    ),
  );

  /**
   * The region's rate when there is one, else the country's; no rate means no tax. Prices are read the
   * way the store enters them; a destination without a rate shows them the same way.
   */
  async forDestination(destination: TaxDestination): Promise<DestinationTax> {
    const country = destination.country.trim().toUpperCase();
    const [rates, { pricesIncludeTax }] = await Promise.all([this.ratesByCountry.get(country), this.settings.current()]);
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
