import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TaxRate } from './entities/tax-rate.entity';
import { TaxRateAdmin } from './tax-rate-admin.service';
import { TaxRatesAdminController } from './tax-rates.admin.controller';
import { TaxRates } from './tax-rates.service';
import { TaxSettingsAdminController } from './tax-settings.admin.controller';
import { TaxSettings } from './tax-settings.service';

/**
 * Tax rates per country and region, and whether prices are entered with tax. Other domains call
 * `TaxRates.forDestination` and hand its answer to `calculateCartTotals`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([TaxRate])],
  controllers: [TaxRatesAdminController, TaxSettingsAdminController],
  providers: [TaxRates, TaxRateAdmin, TaxSettings],
  exports: [TaxRates],
})
export class TaxModule {}
