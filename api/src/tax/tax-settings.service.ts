import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config';
import { ShortLived } from '../platform/cache/short-lived';
import { Db } from '../platform/database/db.service';
import { StoreSettings } from '../settings/store-settings.service';
import { TaxSettingsView, UpdateTaxSettingsDto } from './dto/tax-settings.dto';
import { defaultTaxSettings, StoreTaxSettings, TAX_SETTINGS_KEY } from './store-tax-settings';

/** The store's tax settings: whether prices are entered with tax in them. */
@Injectable()
export class TaxSettings {
  constructor(
    private readonly db: Db,
    private readonly settings: StoreSettings,
    private readonly config: AppConfig,
  ) {}

  /** Read once every few seconds at most: every cart change prices tax. */
  private readonly cached = new ShortLived<'tax', StoreTaxSettings>(5_000, () =>
    this.settings.get(TAX_SETTINGS_KEY, defaultTaxSettings(this.config.store.country)),
  );

  current(): Promise<StoreTaxSettings> {
    return this.cached.get('tax');
  }

  async get(): Promise<TaxSettingsView> {
    const { pricesIncludeTax } = await this.current();
    return { pricesIncludeTax };
  }

  replace(input: UpdateTaxSettingsDto): Promise<TaxSettingsView> {
    const settings: StoreTaxSettings = { pricesIncludeTax: input.pricesIncludeTax };
    return this.db.transaction(async (tx) => {
      await this.settings.set(tx, TAX_SETTINGS_KEY, settings);
      this.db.afterCommit(tx, () => this.cached.clear());
      return { ...settings };
    });
  }
}
