import { Module } from '@nestjs/common';

/** Stock: locations, levels per variant and location, the movement ledger, adjustments and transfers. */
@Module({})
export class InventoryModule {}
