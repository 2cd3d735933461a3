import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StockChangesAdminController } from './stock-changes.admin.controller';
import { StockAdjustments } from './adjustments/stock-adjustments.service';
import { InventoryAvailability } from './inventory-availability.service';
import { StockLevelQueries } from './levels/stock-level-queries.service';
import { StockLevelsAdminController } from './stock-levels.admin.controller';
import { StockLocation } from './locations/stock-location.entity';
import { StockLocationsAdminController } from './locations/stock-locations.admin.controller';
import { StockLocations } from './locations/stock-locations.service';
import { StockMovementQueries } from './movements/stock-movement-queries.service';
import { StockLedger } from './stock-ledger.service';
import { StockTransfers } from './transfers/stock-transfers.service';
import { StockReservations } from './reservations/stock-reservations.service';

/**
 * Stock: locations, levels per variant and location, the movement ledger, adjustments and transfers.
 * Other domains write stock only through StockLedger and StockReservations, and read it only through InventoryAvailability.
 */
@Module({
  imports: [TypeOrmModule.forFeature([StockLocation])],
  controllers: [StockLocationsAdminController, StockLevelsAdminController, StockChangesAdminController],
  providers: [
    StockLedger,
    InventoryAvailability,
    StockLocations,
    StockLevelQueries,
    StockMovementQueries,
    StockAdjustments,
    StockTransfers,
    StockReservations,
  ],
  exports: [StockLedger, InventoryAvailability, StockReservations],
})
export class InventoryModule {}
