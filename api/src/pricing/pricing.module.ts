import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurrentPrices } from './current-prices.service';
import { PriceList } from './price-list.entity';
import { PriceListsAdminController } from './price-lists.admin.controller';
import { PriceLists } from './price-lists.service';
import { SaleBoundaryProcessor } from './sale-boundary.processor';

/** Base prices, sales, and the stored current price of every variant that listings and carts read. */
@Module({
  imports: [TypeOrmModule.forFeature([PriceList])],
  controllers: [PriceListsAdminController],
  providers: [CurrentPrices, PriceLists, SaleBoundaryProcessor],
  exports: [CurrentPrices],
})
export class PricingModule {}
